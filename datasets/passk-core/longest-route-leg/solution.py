from typing import List, Optional, Tuple
def longest_leg(route: List[Tuple[int, int]]) -> Optional[int]:
    best = None
    for i in range(len(route) - 1):
        (x1, y1), (x2, y2) = route[i], route[i + 1]
        length = (x2 - x1) ** 2 + (y2 - y1) ** 2
        if best is None or length > best[0]:
            best = (length, i)
    return None if best is None else best[1]
