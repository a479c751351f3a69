from typing import List, Tuple
def fill_barrels(capacities: List[int], pours: List[Tuple[int, int]]) -> Tuple[List[int], int]:
    levels = [0] * len(capacities)
    spilled = 0
    for start, litres in pours:
        for i in range(start, len(capacities)):
            taken = min(litres, capacities[i] - levels[i])
            levels[i] += taken
            litres -= taken
        spilled += litres
    return levels, spilled
