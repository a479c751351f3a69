# mistake: keeps a booking that only touches the opening hours, left as an empty (t, t) booking
from typing import List, Tuple
def clip_bookings(bookings: List[Tuple[int, int]], opens: int, closes: int) -> List[Tuple[int, int]]:
    clipped = []
    for start, end in bookings:
        start, end = max(start, opens), min(end, closes)
        if start <= end:
            clipped.append((start, end))
    return clipped
