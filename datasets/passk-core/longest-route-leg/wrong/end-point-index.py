# mistake: returns the index of the point where the longest leg ends
from typing import List, Optional, Tuple
def longest_leg(route: List[Tuple[int, int]]) -> Optional[int]:
    best, best_len = None, -1
    for i in range(1, len(route)):
        d = (route[i][0] - route[i - 1][0]) ** 2 + (route[i][1] - route[i - 1][1]) ** 2
        if d > best_len:
            best, best_len = i, d
    return best
