import math
from typing import List, Optional, Tuple
def longest_leg(route: List[Tuple[int, int]]) -> Optional[int]:
    legs = range(len(route) - 1)
    if not legs:
        return None
    return max(legs, key=lambda i: (math.dist(route[i], route[i + 1]), -i))
