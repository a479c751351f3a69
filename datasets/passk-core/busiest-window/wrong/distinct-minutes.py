# mistake: counts the distinct minutes in a window, so several cars in one minute count once
from typing import List, Optional, Tuple
def busiest_window(arrivals: List[int], width: int) -> Optional[Tuple[int, int]]:
    minutes = sorted(set(arrivals))
    best = None
    for start in minutes:
        count = sum(1 for m in minutes if start <= m < start + width)
        if best is None or count > best[1]:
            best = (start, count)
    return best
