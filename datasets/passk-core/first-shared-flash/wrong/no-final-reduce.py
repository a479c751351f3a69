# mistake: solves the congruence but never reduces k into one cycle, so t is a shared flash but not the first
from math import gcd
from typing import Optional
def first_shared_flash(period_a: int, offset_a: int, period_b: int, offset_b: int) -> Optional[int]:
    common = gcd(period_a, period_b)
    gap = offset_b - offset_a
    if gap % common != 0:
        return None
    cycle = period_b // common
    k = gap // common * pow(period_a // common, -1, cycle)
    return offset_a + period_a * k
