from typing import List
def mast_coverage(mast: List[int], reach: int, corner_a: List[int], corner_b: List[int]) -> int:
    mx, my = mast
    x_low, x_high = sorted([corner_a[0], corner_b[0]])
    y_low, y_high = sorted([corner_a[1], corner_b[1]])
    count = 0
    for x in range(max(x_low, mx - reach), min(x_high, mx + reach) + 1):
        left = reach - abs(x - mx)
        low = max(y_low, my - left)
        high = min(y_high, my + left)
        if high >= low:
            count += high - low + 1
    return count
