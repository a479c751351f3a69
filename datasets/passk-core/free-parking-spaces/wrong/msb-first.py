# mistake: reads the mask's binary digits from the left, as if the first one were space 0
from typing import List
def free_spaces(occupied: int, n: int) -> List[int]:
    bits = bin(occupied)[2:].zfill(n)
    return [i for i in range(n) if bits[i] == "0"]
