# mistake: lets guest 0 sit anywhere, counting every rotation of a seating
from itertools import permutations
from typing import List, Tuple
def peaceful_seatings(n: int, feuds: List[Tuple[int, int]]) -> int:
    bad = {frozenset(p) for p in feuds}
    return sum(n == 1 or all(frozenset((r[i], r[(i + 1) % n])) not in bad for i in range(n))
               for r in permutations(range(n)))
