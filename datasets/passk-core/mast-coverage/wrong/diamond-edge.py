# mistake: off by one at the edge of reach: counts points strictly closer than reach only
from typing import List
def mast_coverage(mast: List[int], reach: int, corner_a: List[int], corner_b: List[int]) -> int:
    mx, my = mast
    x0, x1 = sorted([corner_a[0], corner_b[0]])
    y0, y1 = sorted([corner_a[1], corner_b[1]])
    count = 0
    for x in range(max(x0, mx - reach), min(x1, mx + reach) + 1):
        left = reach - abs(x - mx) - 1
        low, high = max(y0, my - left), min(y1, my + left)
        count += max(0, high - low + 1)
    return count
