# mistake: starts from a itself instead of a mod m, so a value of a larger than m is compared unreduced
import math
def presses_to_return(a: int, m: int) -> int:
    if math.gcd(a, m) != 1:
        return -1
    value = a
    presses = 1
    while value != 1:
        value = value * a % m
        presses += 1
    return presses
