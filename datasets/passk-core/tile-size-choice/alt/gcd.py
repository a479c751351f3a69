from math import gcd
from typing import List, Optional, Tuple
def choose_tile(width: int, length: int, sizes: List[int]) -> Optional[Tuple[int, int]]:
    common = gcd(width, length)
    best = None
    for size in sorted(sizes, reverse=True):
        if common % size == 0:
            best = size
            break
    if best is None:
        return None
    return (best, width * length // (best * best))
