from collections import deque
from typing import List


def window_swings(readings: List[int], k: int) -> List[int]:
    highs: deque = deque()
    lows: deque = deque()
    out = []
    for i, value in enumerate(readings):
        while highs and readings[highs[-1]] <= value:
            highs.pop()
        while lows and readings[lows[-1]] >= value:
            lows.pop()
        highs.append(i)
        lows.append(i)
        if highs[0] <= i - k:
            highs.popleft()
        if lows[0] <= i - k:
            lows.popleft()
        if i >= k - 1:
            out.append(readings[highs[0]] - readings[lows[0]])
    return out
