# mistake: lets the two teams have different sizes
from typing import List, Optional, Tuple
def team_gap(skills: List[int], together: List[Tuple[int, int]]) -> Optional[int]:
    n, total = len(skills), sum(skills)
    best = None
    for mask in range(1 << n):
        if all(((mask >> i) & 1) == ((mask >> j) & 1) for i, j in together):
            gap = abs(total - 2 * sum(skills[i] for i in range(n) if (mask >> i) & 1))
            if best is None or gap < best:
                best = gap
    return best
