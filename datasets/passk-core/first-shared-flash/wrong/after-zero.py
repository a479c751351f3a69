# mistake: looks for the first shared flash after second 0, so two lighthouses flashing at 0 give the next one
from math import gcd
from typing import Optional
def first_shared_flash(period_a: int, offset_a: int, period_b: int, offset_b: int) -> Optional[int]:
    common = gcd(period_a, period_b)
    gap = offset_b - offset_a
    if gap % common != 0:
        return None
    cycle = period_b // common
    k = gap // common * pow(period_a // common, -1, cycle) % cycle
    t = offset_a + period_a * k
    return t if t > 0 else period_a * cycle
