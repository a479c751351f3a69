# mistake: assumes every height between the lowest and the highest tower can be reached
from typing import List, Tuple
def stack_heights(crates: List[Tuple[int, int]]) -> List[int]:
    low = sum(min(a, b) for a, b in crates)
    high = sum(max(a, b) for a, b in crates)
    return list(range(low, high + 1))
