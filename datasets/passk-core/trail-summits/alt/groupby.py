from itertools import groupby
from typing import List


def trail_summits(altitudes: List[int]) -> List[int]:
    runs = []
    index = 0
    for value, group in groupby(altitudes):
        size = len(list(group))
        runs.append((value, index, index + size - 1))
        index += size
    if len(runs) < 2:
        return []
    padded = [None] + runs + [None]
    result = []
    for before, run, after in zip(padded, padded[1:], padded[2:]):
        if (before is None or run[0] > before[0]) and (after is None or run[0] > after[0]):
            result.append((run[1] + run[2]) // 2)
    return result
