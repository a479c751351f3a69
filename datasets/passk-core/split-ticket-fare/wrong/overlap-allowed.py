# mistake: lets a ticket start at any station already passed, so tickets may overlap
from typing import List, Optional, Tuple
def cheapest_fare(n: int, tickets: List[Tuple[int, int, int]]) -> Optional[int]:
    best = [0] + [None] * (n - 1)
    for station in range(n):
        if best[station] is None:
            continue
        for a, b, price in tickets:
            if a <= station < b and (best[b] is None or best[station] + price < best[b]):
                best[b] = best[station] + price
    return best[n - 1]
