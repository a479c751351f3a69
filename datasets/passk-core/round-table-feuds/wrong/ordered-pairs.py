# mistake: a feud (a, b) only forbids a sitting just before b clockwise, not the other way round
from itertools import permutations
from typing import List, Tuple
def peaceful_seatings(n: int, feuds: List[Tuple[int, int]]) -> int:
    bad = set(map(tuple, feuds))
    total = 0
    for p in permutations(range(1, n)):
        r = (0,) + p
        if n == 1 or all((r[i], r[(i + 1) % n]) not in bad for i in range(n)):
            total += 1
    return total
