# mistake: makes the steps one by one, far too slow for a large number of steps
from typing import List, Tuple
def advance_counter(wheels: List[int], reading: List[int], steps: int) -> Tuple[List[int], int]:
    shown = list(reading)
    wraps = 0
    for _ in range(steps):
        i = len(shown) - 1
        while i >= 0:
            shown[i] += 1
            if shown[i] < wheels[i]:
                break
            shown[i] = 0
            i -= 1
        if i < 0:
            wraps += 1
    return (shown, wraps)
