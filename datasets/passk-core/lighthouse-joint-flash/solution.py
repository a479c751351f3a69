import math
def first_joint_flash(start_a: int, period_a: int, start_b: int, period_b: int) -> int:
    common = math.gcd(period_a, period_b)
    gap = start_b - start_a
    if gap % common != 0:
        return -1
    modulus = period_b // common
    # start_a + period_a * k hits B's schedule modulo period_b exactly when k satisfies this congruence.
    k = gap // common * pow(period_a // common, -1, modulus) % modulus
    meeting = start_a + period_a * k
    repeat = period_a * modulus
    earliest = max(start_a, start_b)
    return earliest + (meeting - earliest) % repeat
