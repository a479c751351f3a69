from typing import Optional
def first_shared_flash(period_a: int, offset_a: int, period_b: int, offset_b: int) -> Optional[int]:
    def extended(a, b):
        if b == 0:
            return a, 1, 0
        g, x, y = extended(b, a % b)
        return g, y, x - (a // b) * y

    g, x, _ = extended(period_a, period_b)
    if (offset_b - offset_a) % g:
        return None
    lcm = period_a // g * period_b
    t = offset_a + period_a * x * ((offset_b - offset_a) // g)
    return t % lcm
