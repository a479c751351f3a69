# mistake: on equal ratings the player with more games won goes through
from typing import Dict, Tuple, Union
def knockout_champion(bracket: Union[str, list], ratings: Dict[str, int]) -> Tuple[str, int]:
    def play(part):
        if isinstance(part, str):
            return part, 0
        (a, wa), (b, wb) = play(part[0]), play(part[1])
        if (-ratings[a], -wa, a) < (-ratings[b], -wb, b):
            return a, wa + 1
        return b, wb + 1
    return play(bracket)
