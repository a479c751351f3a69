# mistake: doubles every entered round after the first one entered, not only those right after an entered round
from typing import List
def best_quiz_total(points: List[int]) -> int:
    fresh, started = 0, float("-inf")
    for p in points:
        fresh, started = fresh, max(started, fresh + p, started + 2 * p)
    return max(fresh, started)
