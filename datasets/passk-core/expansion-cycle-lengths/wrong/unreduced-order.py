# mistake: takes the block length as the order of base modulo den (after removing factors shared with base) without first reducing num / den
from math import gcd
from typing import Tuple
def expansion_parts(num: int, den: int, base: int) -> Tuple[int, int]:
    if num % den == 0:
        return (0, 0)
    pre = 0
    rest = den
    while gcd(rest, base) > 1:
        rest //= gcd(rest, base)
        pre += 1
    if rest == 1:
        return (pre, 0)
    order, power = 1, base % rest
    while power != 1:
        power = power * base % rest
        order += 1
    return (pre, order)
