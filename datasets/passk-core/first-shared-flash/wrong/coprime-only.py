# mistake: treats the periods as coprime, inverting period_a modulo period_b without dividing by the gcd
from typing import Optional
def first_shared_flash(period_a: int, offset_a: int, period_b: int, offset_b: int) -> Optional[int]:
    try:
        inverse = pow(period_a, -1, period_b)
    except ValueError:
        return offset_a if offset_a == offset_b else None
    k = (offset_b - offset_a) * inverse % period_b
    return offset_a + period_a * k
