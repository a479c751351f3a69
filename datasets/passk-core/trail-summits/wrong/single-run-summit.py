# mistake: reports the middle of a trail that is one single run, which has no summit
from typing import List
def trail_summits(altitudes: List[int]) -> List[int]:
    runs = []  # [first index, last index, altitude] of each run of equal samples
    for i, altitude in enumerate(altitudes):
        if runs and runs[-1][2] == altitude:
            runs[-1][1] = i
        else:
            runs.append([i, i, altitude])
    summits = []
    for k, (first, last, altitude) in enumerate(runs):
        higher_than_before = k == 0 or altitude > runs[k - 1][2]
        higher_than_after = k == len(runs) - 1 or altitude > runs[k + 1][2]
        if higher_than_before and higher_than_after:
            summits.append((first + last) // 2)
    return summits
