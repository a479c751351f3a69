# mistake: divides the area by the side length, not by the tile's area
from typing import List, Optional, Tuple
def choose_tile(width: int, length: int, sizes: List[int]) -> Optional[Tuple[int, int]]:
    fitting = [size for size in sizes if width % size == 0 and length % size == 0]
    if not fitting:
        return None
    size = max(fitting)
    return (size, width * length // size)
