# mistake: sends the overflow past barrel i back to barrel 0 before spilling it
from typing import List, Tuple
def fill_barrels(capacities: List[int], pours: List[Tuple[int, int]]) -> Tuple[List[int], int]:
    levels, spilled = [0] * len(capacities), 0
    for i, litres in pours:
        for j in list(range(i, len(capacities))) + list(range(0, i)):
            taken = min(litres, capacities[j] - levels[j])
            levels[j] += taken
            litres -= taken
        spilled += litres
    return levels, spilled
