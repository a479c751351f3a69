# mistake: counts a seating and its mirror image as one
from itertools import permutations
from typing import List, Tuple
def peaceful_seatings(n: int, feuds: List[Tuple[int, int]]) -> int:
    bad = {frozenset(p) for p in feuds}
    seen = set()
    for p in permutations(range(1, n)):
        r = (0,) + p
        if all(frozenset((r[i], r[(i + 1) % n])) not in bad for i in range(n)) or n == 1:
            seen.add(min(p, p[::-1]))
    return len(seen)
