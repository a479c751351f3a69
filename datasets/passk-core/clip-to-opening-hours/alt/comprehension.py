from typing import List, Tuple
def clip_bookings(bookings: List[Tuple[int, int]], opens: int, closes: int) -> List[Tuple[int, int]]:
    return [
        (max(start, opens), min(end, closes))
        for start, end in bookings
        if end > opens and start < closes
    ]
