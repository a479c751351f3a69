# mistake: greedily takes the ticket that goes farthest from the current station (cheapest on ties)
from typing import List, Optional, Tuple
def cheapest_fare(n: int, tickets: List[Tuple[int, int, int]]) -> Optional[int]:
    station, total = 0, 0
    while station != n - 1:
        options = [(-b, price) for a, b, price in tickets if a == station]
        if not options:
            return None
        far, price = min(options)
        station, total = -far, total + price
    return total
