# mistake: drops bookings that reach outside the opening hours instead of cutting them down
from typing import List, Tuple
def clip_bookings(bookings: List[Tuple[int, int]], opens: int, closes: int) -> List[Tuple[int, int]]:
    return [(start, end) for start, end in bookings if opens <= start and end <= closes]
