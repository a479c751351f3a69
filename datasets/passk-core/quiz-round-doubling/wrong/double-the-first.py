# mistake: doubles the earlier round of each entered pair instead of the later one
from typing import List
def best_quiz_total(points: List[int]) -> int:
    resting, entered = 0, float("-inf")
    last = 0
    for p in points:
        resting, entered = max(resting, entered), max(resting + p, entered + p + last)
        last = p
    return max(resting, entered)
