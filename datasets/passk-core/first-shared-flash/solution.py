from typing import Optional
def first_shared_flash(period_a: int, offset_a: int, period_b: int, offset_b: int) -> Optional[int]:
    from math import gcd

    common = gcd(period_a, period_b)
    gap = offset_b - offset_a
    if gap % common != 0:
        return None
    cycle = period_b // common
    # t = offset_a + period_a * k must also be offset_b modulo period_b.
    k = gap // common * pow(period_a // common, -1, cycle) % cycle
    return offset_a + period_a * k
