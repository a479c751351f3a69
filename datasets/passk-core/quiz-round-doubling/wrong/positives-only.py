# mistake: greedy, enters exactly the rounds worth more than 0
from typing import List
def best_quiz_total(points: List[int]) -> int:
    total = 0
    for i, p in enumerate(points):
        if p > 0:
            total += 2 * p if i > 0 and points[i - 1] > 0 else p
    return total
