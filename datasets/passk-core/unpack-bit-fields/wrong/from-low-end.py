# mistake: takes the first width from the lowest bits, reading the fields in the wrong direction
from typing import List
def unpack_fields(word: int, widths: List[int]) -> List[int]:
    values = []
    for width in widths:
        size = abs(width)
        value = word & ((1 << size) - 1)
        word >>= size
        if width < 0 and value >> (size - 1):
            value -= 1 << size
        values.append(value)
    return values
