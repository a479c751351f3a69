# mistake: counts only the shadows, not the street under the buildings
from typing import List, Tuple
def shaded_length(buildings: List[Tuple[int, int, int]]) -> int:
    spans = sorted((east, east + height) for west, east, height in buildings)
    total, reach = 0, None
    for start, end in spans:
        if reach is None or start > reach:
            total += end - start
            reach = end
        elif end > reach:
            total += end - reach
            reach = end
    return total
