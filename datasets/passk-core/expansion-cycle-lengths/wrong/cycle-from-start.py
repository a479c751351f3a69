# mistake: counts the repeating block from the first digit, folding the non-repeating part into it
from typing import Tuple
def expansion_parts(num: int, den: int, base: int) -> Tuple[int, int]:
    remainder = num % den
    seen = set()
    position = 0
    while remainder != 0 and remainder not in seen:
        seen.add(remainder)
        remainder = remainder * base % den
        position += 1
    if remainder == 0:
        return (position, 0)
    return (0, position)
