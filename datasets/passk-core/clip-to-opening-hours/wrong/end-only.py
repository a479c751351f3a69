# mistake: cuts only at closing time, so an early start stays before opening
from typing import List, Tuple
def clip_bookings(bookings: List[Tuple[int, int]], opens: int, closes: int) -> List[Tuple[int, int]]:
    clipped = []
    for start, end in bookings:
        end = min(end, closes)
        if start < end and end > opens:
            clipped.append((start, end))
    return clipped
