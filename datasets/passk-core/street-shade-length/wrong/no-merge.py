# mistake: adds every building's covered stretch without removing overlaps
from typing import List, Tuple
def shaded_length(buildings: List[Tuple[int, int, int]]) -> int:
    return sum(east + height - west for west, east, height in buildings)
