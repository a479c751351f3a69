from typing import List
def floors_travelled(stops: List[int]) -> int:
    def level(label):
        return label - 1 if label > 13 else label

    total, here = 0, 0
    for stop in stops:
        total += abs(level(stop) - here)
        here = level(stop)
    return total
