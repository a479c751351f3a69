# mistake: reports the number of rounds in the deepest branch as the champion's games won
from typing import Dict, Tuple, Union
def knockout_champion(bracket: Union[str, list], ratings: Dict[str, int]) -> Tuple[str, int]:
    def play(part):
        if isinstance(part, str):
            return part, 0
        (a, wa), (b, wb) = play(part[0]), play(part[1])
        rounds = max(wa, wb) + 1
        if (-ratings[a], wa, a) < (-ratings[b], wb, b):
            return a, rounds
        return b, rounds
    return play(bracket)
