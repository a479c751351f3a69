from typing import List, Tuple
def lift_minutes(queue: List[Tuple[int, int]], capacity: int, stop_time: int) -> int:
    # best[i]: the fewest minutes to carry the first i people of the queue.
    best = [0] + [None] * len(queue)
    for end in range(1, len(queue) + 1):
        weight = 0
        floors = set()
        for start in range(end - 1, -1, -1):
            weight += queue[start][0]
            if weight > capacity:
                break
            floors.add(queue[start][1])
            trip = 2 * max(floors) + stop_time * len(floors)
            if best[end] is None or best[start] + trip < best[end]:
                best[end] = best[start] + trip
    return best[-1]
