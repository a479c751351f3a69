# mistake: checks neighbours along the row of seats but forgets that seat n-1 is next to seat 0
from itertools import permutations
from typing import List, Tuple
def peaceful_seatings(n: int, feuds: List[Tuple[int, int]]) -> int:
    bad = {frozenset(p) for p in feuds}
    return sum(all(frozenset((r[i], r[i + 1])) not in bad for i in range(n - 1))
               for r in ((0,) + p for p in permutations(range(1, n))))
