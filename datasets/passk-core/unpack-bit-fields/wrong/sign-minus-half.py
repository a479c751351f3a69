# mistake: subtracts 2 ** (w - 1) instead of 2 ** w for a negative signed field
from typing import List
def unpack_fields(word: int, widths: List[int]) -> List[int]:
    values = []
    for width in reversed(widths):
        size = abs(width)
        value = word & ((1 << size) - 1)
        word >>= size
        if width < 0 and value >> (size - 1):
            value -= 1 << (size - 1)
        values.append(value)
    return values[::-1]
