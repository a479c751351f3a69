from typing import Tuple
def expansion_parts(num: int, den: int, base: int) -> Tuple[int, int]:
    remainder = num % den
    seen = {}
    position = 0
    while remainder != 0 and remainder not in seen:
        seen[remainder] = position
        remainder = remainder * base % den
        position += 1
    if remainder == 0:
        return (position, 0)
    return (seen[remainder], position - seen[remainder])
