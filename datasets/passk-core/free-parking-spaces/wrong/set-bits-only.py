# mistake: walks only the bits that bin(occupied) shows, so free spaces above the highest set bit are missed
from typing import List
def free_spaces(occupied: int, n: int) -> List[int]:
    bits = bin(occupied)[2:][::-1]
    return [i for i, bit in enumerate(bits) if bit == "0" and i < n]
