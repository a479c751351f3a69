from collections import Counter
from typing import Dict, List, Tuple
def free_seats(bookings: List[Tuple[int, int]], seats_per_row: int) -> Dict[int, int]:
    booked = Counter(row for row, _ in set(bookings))
    return {row: seats_per_row - count for row, count in booked.items()}
