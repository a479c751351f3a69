# mistake: greedily adds the longest songs that still fit, and fails when they do not add up
from typing import List, Optional
def pick_songs(lengths: List[int], target: int) -> Optional[List[int]]:
    chosen, left = [], target
    for i in sorted(range(len(lengths)), key=lambda i: -lengths[i]):
        if lengths[i] <= left:
            chosen.append(i)
            left -= lengths[i]
    return sorted(chosen) if left == 0 else None
