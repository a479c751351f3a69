# mistake: collects heights in a list, so a height reached several ways is repeated
from typing import List, Tuple
def stack_heights(crates: List[Tuple[int, int]]) -> List[int]:
    heights = [0]
    for a, b in crates:
        heights = [h + a for h in heights] + [h + b for h in heights]
    return sorted(heights)
