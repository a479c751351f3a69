# mistake: a seat booked twice is counted twice
from typing import Dict, List, Tuple
def free_seats(bookings: List[Tuple[int, int]], seats_per_row: int) -> Dict[int, int]:
    free = {}
    for row, _ in bookings:
        free[row] = free.get(row, seats_per_row) - 1
    return free
