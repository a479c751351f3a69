# mistake: lets a crate be left out, so it computes sums of subsets of sides
from typing import List, Tuple
def stack_heights(crates: List[Tuple[int, int]]) -> List[int]:
    heights = {0}
    for a, b in crates:
        heights = heights | {h + a for h in heights} | {h + b for h in heights}
    return sorted(heights)
