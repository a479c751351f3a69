# mistake: takes one off every trip that ends above 13, crossing 13 or not
from typing import List
def floors_travelled(stops: List[int]) -> int:
    total, here = 0, 0
    for stop in stops:
        total += abs(stop - here) - (1 if stop > 13 else 0)
        here = stop
    return total
