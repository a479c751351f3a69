# mistake: takes the first size in the list that fits, not the largest
from typing import List, Optional, Tuple
def choose_tile(width: int, length: int, sizes: List[int]) -> Optional[Tuple[int, int]]:
    for size in sizes:
        if width % size == 0 and length % size == 0:
            return (size, (width // size) * (length // size))
    return None
