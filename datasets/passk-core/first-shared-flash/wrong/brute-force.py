# mistake: walks through A's flashes one by one, far too slow for large coprime periods
from typing import Optional
def first_shared_flash(period_a: int, offset_a: int, period_b: int, offset_b: int) -> Optional[int]:
    t = offset_a
    for _ in range(period_b):
        if t % period_b == offset_b:
            return t
        t += period_a
    return None
