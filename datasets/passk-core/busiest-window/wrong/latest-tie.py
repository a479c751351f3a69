# mistake: on a tie keeps the latest start instead of the earliest
from bisect import bisect_left
from typing import List, Optional, Tuple
def busiest_window(arrivals: List[int], width: int) -> Optional[Tuple[int, int]]:
    times = sorted(arrivals)
    best = None
    for first, start in enumerate(times):
        count = bisect_left(times, start + width) - bisect_left(times, start)
        if best is None or count >= best[1]:
            best = (start, count)
    return best
