from typing import List
def floors_travelled(stops: List[int]) -> int:
    total = 0
    previous = 0
    for stop in stops:
        low, high = sorted((previous, stop))
        total += high - low - (1 if low < 13 < high else 0)
        previous = stop
    return total
