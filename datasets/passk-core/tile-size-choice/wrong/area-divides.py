# mistake: checks only that the tile's area divides the floor's area
from typing import List, Optional, Tuple
def choose_tile(width: int, length: int, sizes: List[int]) -> Optional[Tuple[int, int]]:
    area = width * length
    fitting = [size for size in sizes if area % (size * size) == 0]
    if not fitting:
        return None
    size = max(fitting)
    return (size, area // (size * size))
