from typing import List, Tuple
def shaded_length(buildings: List[Tuple[int, int, int]]) -> int:
    events = []
    for west, east, height in buildings:
        events.append((west, 1))
        events.append((east + height, -1))
    events.sort()
    covered = 0
    depth = 0
    previous = None
    for position, change in events:
        if depth > 0:
            covered += position - previous
        depth += change
        previous = position
    return covered
