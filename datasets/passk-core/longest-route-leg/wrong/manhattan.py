# mistake: measures legs by Manhattan distance instead of straight-line length
from typing import List, Optional, Tuple
def longest_leg(route: List[Tuple[int, int]]) -> Optional[int]:
    lengths = [abs(b[0] - a[0]) + abs(b[1] - a[1]) for a, b in zip(route, route[1:])]
    return lengths.index(max(lengths)) if lengths else None
