# mistake: treats an ending expansion as repeating the digit 0, giving a block of length 1
from typing import Tuple
def expansion_parts(num: int, den: int, base: int) -> Tuple[int, int]:
    remainder = num % den
    seen = {}
    position = 0
    while remainder not in seen:
        seen[remainder] = position
        remainder = remainder * base % den
        position += 1
    return (seen[remainder], position - seen[remainder])
