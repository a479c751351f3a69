# mistake: takes the first solution at or after start_a only, so it can come before B has started
import math
def first_joint_flash(start_a: int, period_a: int, start_b: int, period_b: int) -> int:
    g = math.gcd(period_a, period_b)
    if (start_b - start_a) % g:
        return -1
    m = period_b // g
    k = (start_b - start_a) // g * pow(period_a // g, -1, m) % m
    return start_a + period_a * k
