# mistake: remembers booked seat numbers across all rows, so seat 2 in a second row looks like a repeat
from typing import Dict, List, Tuple
def free_seats(bookings: List[Tuple[int, int]], seats_per_row: int) -> Dict[int, int]:
    seen = set()
    free = {}
    for row, seat in bookings:
        free.setdefault(row, seats_per_row)
        if seat not in seen:
            seen.add(seat)
            free[row] -= 1
    return free
