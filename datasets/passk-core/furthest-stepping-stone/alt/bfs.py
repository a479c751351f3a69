from collections import deque
from typing import List
def furthest_stone(stones: List[int], reach: int) -> int:
    seen = {stones[0]}
    queue = deque([stones[0]])
    while queue:
        here = queue.popleft()
        for other in stones:
            if other not in seen and abs(other - here) <= reach:
                seen.add(other)
                queue.append(other)
    return max(seen)
