# mistake: checks every house of the rectangle one by one, far too slow for a huge rectangle
from typing import List
def mast_coverage(mast: List[int], reach: int, corner_a: List[int], corner_b: List[int]) -> int:
    mx, my = mast
    x0, x1 = sorted([corner_a[0], corner_b[0]])
    y0, y1 = sorted([corner_a[1], corner_b[1]])
    return sum(1 for x in range(x0, x1 + 1) for y in range(y0, y1 + 1) if abs(x - mx) + abs(y - my) <= reach)
