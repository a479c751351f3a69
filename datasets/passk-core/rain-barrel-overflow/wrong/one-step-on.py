# mistake: passes the overflow on to barrel i + 1 only, spilling what that one cannot take
from typing import List, Tuple
def fill_barrels(capacities: List[int], pours: List[Tuple[int, int]]) -> Tuple[List[int], int]:
    levels, spilled = [0] * len(capacities), 0
    for i, litres in pours:
        for j in (i, i + 1):
            if j < len(capacities):
                taken = min(litres, capacities[j] - levels[j])
                levels[j] += taken
                litres -= taken
        spilled += litres
    return levels, spilled
