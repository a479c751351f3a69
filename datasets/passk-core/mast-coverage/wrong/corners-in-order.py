# mistake: assumes corner_a is the lower-left corner, so a rectangle given the other way round is empty
from typing import List
def mast_coverage(mast: List[int], reach: int, corner_a: List[int], corner_b: List[int]) -> int:
    mx, my = mast
    (x0, y0), (x1, y1) = corner_a, corner_b
    count = 0
    for x in range(max(x0, mx - reach), min(x1, mx + reach) + 1):
        left = reach - abs(x - mx)
        low, high = max(y0, my - left), min(y1, my + left)
        count += max(0, high - low + 1)
    return count
