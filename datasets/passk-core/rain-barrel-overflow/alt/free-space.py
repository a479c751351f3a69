from typing import List, Tuple
def fill_barrels(capacities: List[int], pours: List[Tuple[int, int]]) -> Tuple[List[int], int]:
    free = list(capacities)
    spilled = 0
    for index, amount in pours:
        while amount and index < len(free):
            if free[index] >= amount:
                free[index] -= amount
                amount = 0
            else:
                amount -= free[index]
                free[index] = 0
                index += 1
        spilled += amount
    return [cap - room for cap, room in zip(capacities, free)], spilled
