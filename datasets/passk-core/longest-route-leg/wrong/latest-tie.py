# mistake: keeps the last of several longest legs
from typing import List, Optional, Tuple
def longest_leg(route: List[Tuple[int, int]]) -> Optional[int]:
    best, best_len = None, -1
    for i, (a, b) in enumerate(zip(route, route[1:])):
        d = (b[0] - a[0]) ** 2 + (b[1] - a[1]) ** 2
        if d >= best_len:
            best, best_len = i, d
    return best
