# mistake: only considers entering one unbroken block of consecutive rounds
from typing import List
def best_quiz_total(points: List[int]) -> int:
    best = 0
    for i in range(len(points)):
        total = points[i]
        best = max(best, total)
        for j in range(i + 1, len(points)):
            total += 2 * points[j]
            best = max(best, total)
    return best
