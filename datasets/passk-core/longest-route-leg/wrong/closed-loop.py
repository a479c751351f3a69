# mistake: counts a last leg back from the final point to the first
from typing import List, Optional, Tuple
def longest_leg(route: List[Tuple[int, int]]) -> Optional[int]:
    if len(route) < 2:
        return None
    n = len(route)
    lengths = [(route[(i + 1) % n][0] - route[i][0]) ** 2 + (route[(i + 1) % n][1] - route[i][1]) ** 2 for i in range(n)]
    return lengths.index(max(lengths))
