# mistake: measures reach with the straight-line (Euclidean) distance instead of the Manhattan distance
import math
from typing import List
def mast_coverage(mast: List[int], reach: int, corner_a: List[int], corner_b: List[int]) -> int:
    mx, my = mast
    x0, x1 = sorted([corner_a[0], corner_b[0]])
    y0, y1 = sorted([corner_a[1], corner_b[1]])
    count = 0
    for x in range(max(x0, mx - reach), min(x1, mx + reach) + 1):
        half = math.isqrt(reach * reach - (x - mx) ** 2)
        low, high = max(y0, my - half), min(y1, my + half)
        count += max(0, high - low + 1)
    return count
