# mistake: compares each sample with its neighbouring samples, so a flat-topped summit is never found
from typing import List
def trail_summits(altitudes: List[int]) -> List[int]:
    n = len(altitudes)
    if n < 2:
        return []
    found = []
    for i in range(n):
        left = i == 0 or altitudes[i] > altitudes[i - 1]
        right = i == n - 1 or altitudes[i] > altitudes[i + 1]
        if left and right:
            found.append(i)
    return found
