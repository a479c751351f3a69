from typing import Dict, Tuple, Union
def knockout_champion(bracket: Union[str, list], ratings: Dict[str, int]) -> Tuple[str, int]:
    if isinstance(bracket, str):
        return (bracket, 0)
    left = knockout_champion(bracket[0], ratings)
    right = knockout_champion(bracket[1], ratings)
    ranked = sorted([left, right], key=lambda entry: (-ratings[entry[0]], entry[1], entry[0]))
    return (ranked[0][0], ranked[0][1] + 1)
