from typing import Dict, Tuple, Union
def knockout_champion(bracket: Union[str, list], ratings: Dict[str, int]) -> Tuple[str, int]:
    def play(part):
        if isinstance(part, str):
            return part, 0
        (a, won_a), (b, won_b) = play(part[0]), play(part[1])
        if (-ratings[a], won_a, a) < (-ratings[b], won_b, b):
            return a, won_a + 1
        return b, won_b + 1
    return play(bracket)
