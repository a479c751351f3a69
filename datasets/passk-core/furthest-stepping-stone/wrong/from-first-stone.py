# mistake: measures every hop from the first stone rather than from the last stone reached
from typing import List
def furthest_stone(stones: List[int], reach: int) -> int:
    within = [s for s in stones if s - stones[0] <= reach]
    return within[-1]
