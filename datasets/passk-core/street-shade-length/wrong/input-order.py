# mistake: merges the stretches in the order given without sorting them
from typing import List, Tuple
def shaded_length(buildings: List[Tuple[int, int, int]]) -> int:
    total, reach = 0, None
    for west, east, height in buildings:
        start, end = west, east + height
        if reach is None or start > reach:
            total += end - start
            reach = end
        elif end > reach:
            total += end - reach
            reach = end
    return total
