# mistake: spills what does not fit in barrel i instead of passing it on
from typing import List, Tuple
def fill_barrels(capacities: List[int], pours: List[Tuple[int, int]]) -> Tuple[List[int], int]:
    levels, spilled = [0] * len(capacities), 0
    for i, litres in pours:
        room = capacities[i] - levels[i]
        levels[i] += min(room, litres)
        spilled += max(0, litres - room)
    return levels, spilled
