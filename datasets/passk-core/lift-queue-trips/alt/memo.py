from functools import lru_cache
from typing import List, Tuple


def lift_minutes(queue: List[Tuple[int, int]], capacity: int, stop_time: int) -> int:
    people = tuple(queue)

    @lru_cache(maxsize=None)
    def rest(first: int) -> int:
        # the fewest minutes to carry people[first:]
        if first == len(people):
            return 0
        options = []
        load = 0
        for last in range(first, len(people)):
            load += people[last][0]
            if load > capacity:
                break
            floors = {floor for _, floor in people[first:last + 1]}
            options.append(2 * max(floors) + stop_time * len(floors) + rest(last + 1))
        return min(options)

    return rest(0)
