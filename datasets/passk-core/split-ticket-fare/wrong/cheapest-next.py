# mistake: greedily takes the cheapest ticket leaving the current station
from typing import List, Optional, Tuple
def cheapest_fare(n: int, tickets: List[Tuple[int, int, int]]) -> Optional[int]:
    station, total = 0, 0
    while station != n - 1:
        options = [(price, -b) for a, b, price in tickets if a == station]
        if not options:
            return None
        price, far = min(options)
        station, total = -far, total + price
    return total
