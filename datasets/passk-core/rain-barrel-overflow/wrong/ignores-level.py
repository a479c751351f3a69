# mistake: fills each barrel as if it were empty before every pour
from typing import List, Tuple
def fill_barrels(capacities: List[int], pours: List[Tuple[int, int]]) -> Tuple[List[int], int]:
    levels, spilled = [0] * len(capacities), 0
    for i, litres in pours:
        for j in range(i, len(capacities)):
            taken = min(litres, capacities[j])
            levels[j] = max(levels[j], taken)
            litres -= taken
        spilled += litres
    return levels, spilled
