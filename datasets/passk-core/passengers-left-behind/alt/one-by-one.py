from typing import List


def passengers_left_behind(capacity: int, stops: List[List[int]]) -> int:
    riders = 0
    stranded = 0
    for leaving, queue in stops:
        riders -= min(leaving, riders)
        for _ in range(queue):
            if riders < capacity:
                riders += 1
            else:
                stranded += 1
    return stranded
