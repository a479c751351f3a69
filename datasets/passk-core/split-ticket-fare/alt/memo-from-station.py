from functools import lru_cache
from typing import List, Optional, Tuple


def cheapest_fare(n: int, tickets: List[Tuple[int, int, int]]) -> Optional[int]:
    @lru_cache(maxsize=None)
    def rest(station):
        if station == n - 1:
            return 0
        costs = [price + rest(b) for a, b, price in tickets if a == station and rest(b) is not None]
        return min(costs, default=None)

    return rest(0)
