# mistake: sorts the queue by floor before splitting it into trips, letting people overtake
from typing import List, Tuple
def lift_minutes(queue: List[Tuple[int, int]], capacity: int, stop_time: int) -> int:
    queue = sorted(queue, key=lambda p: p[1])
    best = [0] + [float("inf")] * len(queue)
    for end in range(1, len(queue) + 1):
        for start in range(end):
            group = queue[start:end]
            if sum(w for w, _ in group) <= capacity:
                floors = {f for _, f in group}
                best[end] = min(best[end], best[start] + 2 * max(floors) + stop_time * len(floors))
    return best[-1]
