from typing import List, Tuple
def shaded_length(buildings: List[Tuple[int, int, int]]) -> int:
    total = 0
    reach = None
    for start, end in sorted((west, east + height) for west, east, height in buildings):
        if reach is None or start > reach:
            total += end - start
            reach = end
        elif end > reach:
            total += end - reach
            reach = end
    return total
