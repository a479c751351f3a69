# mistake: with fewer than k readings returns the swing of all readings instead of no window
from typing import List
def window_swings(readings: List[int], k: int) -> List[int]:
    if readings and len(readings) < k:
        return [max(readings) - min(readings)]
    return [max(readings[s:s + k]) - min(readings[s:s + k]) for s in range(len(readings) - k + 1)]
