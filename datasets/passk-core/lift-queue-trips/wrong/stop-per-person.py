# mistake: charges stop_time for every passenger instead of once per different floor
from typing import List, Tuple
def lift_minutes(queue: List[Tuple[int, int]], capacity: int, stop_time: int) -> int:
    best = [0] + [float("inf")] * len(queue)
    for end in range(1, len(queue) + 1):
        for start in range(end):
            group = queue[start:end]
            if sum(w for w, _ in group) <= capacity:
                trip = 2 * max(f for _, f in group) + stop_time * len(group)
                best[end] = min(best[end], best[start] + trip)
    return best[-1]
