# mistake: fills every trip with as many people as fit, which is not always the fastest plan
from typing import List, Tuple
def lift_minutes(queue: List[Tuple[int, int]], capacity: int, stop_time: int) -> int:
    total = 0
    i = 0
    while i < len(queue):
        weight, floors = 0, set()
        while i < len(queue) and weight + queue[i][0] <= capacity:
            weight += queue[i][0]
            floors.add(queue[i][1])
            i += 1
        total += 2 * max(floors) + stop_time * len(floors)
    return total
