# mistake: ignores the missing 13 and subtracts the labels
from typing import List
def floors_travelled(stops: List[int]) -> int:
    total, here = 0, 0
    for stop in stops:
        total += abs(stop - here)
        here = stop
    return total
