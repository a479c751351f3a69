from itertools import permutations
from typing import List, Tuple
def peaceful_seatings(n: int, feuds: List[Tuple[int, int]]) -> int:
    bad = set()
    for a, b in feuds:
        bad.add((a, b))
        bad.add((b, a))
    total = 0
    for rest in permutations(range(1, n)):
        ring = (0,) + rest
        if n == 1 or all((ring[i], ring[(i + 1) % n]) not in bad for i in range(n)):
            total += 1
    return total
