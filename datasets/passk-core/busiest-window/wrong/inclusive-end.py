# mistake: the window also covers minute start + width (one minute too wide)
from bisect import bisect_right
from typing import List, Optional, Tuple
def busiest_window(arrivals: List[int], width: int) -> Optional[Tuple[int, int]]:
    times = sorted(arrivals)
    best = None
    for first, start in enumerate(times):
        count = bisect_right(times, start + width) - first
        if best is None or count > best[1]:
            best = (start, count)
    return best
