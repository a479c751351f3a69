# mistake: breaks equal ratings by name alone, skipping the fewer-games-won rule
from typing import Dict, Tuple, Union
def knockout_champion(bracket: Union[str, list], ratings: Dict[str, int]) -> Tuple[str, int]:
    def play(part):
        if isinstance(part, str):
            return part, 0
        (a, wa), (b, wb) = play(part[0]), play(part[1])
        if (-ratings[a], a) < (-ratings[b], b):
            return a, wa + 1
        return b, wb + 1
    return play(bracket)
