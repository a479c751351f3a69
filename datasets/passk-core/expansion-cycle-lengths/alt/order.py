from math import gcd
from typing import Tuple
def expansion_parts(num: int, den: int, base: int) -> Tuple[int, int]:
    den //= gcd(num, den)
    pre = 0
    while gcd(den, base) > 1:
        den //= gcd(den, base)
        pre += 1
    if den == 1:
        return (pre, 0)
    period, power = 1, base % den
    while power != 1:
        power = power * base % den
        period += 1
    return (pre, period)
