# mistake: leaves out rows with no free seat left
from typing import Dict, List, Tuple
def free_seats(bookings: List[Tuple[int, int]], seats_per_row: int) -> Dict[int, int]:
    taken = {}
    for row, seat in bookings:
        taken.setdefault(row, set()).add(seat)
    return {row: seats_per_row - len(seats) for row, seats in taken.items() if len(seats) < seats_per_row}
