from typing import List
def window_swings(readings: List[int], k: int) -> List[int]:
    swings = []
    for start in range(len(readings) - k + 1):
        window = readings[start:start + k]
        swings.append(max(window) - min(window))
    return swings
