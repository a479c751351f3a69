# mistake: starts the lift at the first stop instead of floor 0
from typing import List
def floors_travelled(stops: List[int]) -> int:
    def level(label):
        return label - 1 if label > 13 else label

    return sum(abs(level(b) - level(a)) for a, b in zip(stops, stops[1:]))
