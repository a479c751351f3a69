# mistake: off by one in the range of starts, so the last window is never computed
from typing import List
def window_swings(readings: List[int], k: int) -> List[int]:
    return [max(readings[s:s + k]) - min(readings[s:s + k]) for s in range(len(readings) - k)]
