# mistake: answers Euler's totient of m (a multiple of the cycle length) instead of the cycle length
import math
def presses_to_return(a: int, m: int) -> int:
    if math.gcd(a, m) != 1:
        return -1
    return sum(1 for k in range(1, m) if math.gcd(k, m) == 1) if m > 2 else 1
