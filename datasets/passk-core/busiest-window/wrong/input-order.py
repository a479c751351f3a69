# mistake: slides over the arrivals in the order given, as if they were already sorted
from typing import List, Optional, Tuple
def busiest_window(arrivals: List[int], width: int) -> Optional[Tuple[int, int]]:
    best = None
    end = 0
    for first, start in enumerate(arrivals):
        end = max(end, first)
        while end < len(arrivals) and arrivals[end] < start + width:
            end += 1
        count = end - first
        if best is None or count > best[1] or (count == best[1] and start < best[0]):
            best = (start, count)
    return best
