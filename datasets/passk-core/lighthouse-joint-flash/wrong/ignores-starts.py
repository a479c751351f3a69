# mistake: finds the smallest non-negative common flash time of the two schedules, even before a lighthouse starts
import math
def first_joint_flash(start_a: int, period_a: int, start_b: int, period_b: int) -> int:
    g = math.gcd(period_a, period_b)
    if (start_b - start_a) % g:
        return -1
    m = period_b // g
    k = (start_b - start_a) // g * pow(period_a // g, -1, m) % m if m > 1 else 0
    return (start_a + period_a * k) % (period_a * m)
