# mistake: reads signed fields as sign and magnitude instead of two's complement
from typing import List
def unpack_fields(word: int, widths: List[int]) -> List[int]:
    values = []
    for width in reversed(widths):
        size = abs(width)
        value = word & ((1 << size) - 1)
        word >>= size
        if width < 0 and value >> (size - 1):
            value = -(value - (1 << (size - 1)))
        values.append(value)
    return values[::-1]
