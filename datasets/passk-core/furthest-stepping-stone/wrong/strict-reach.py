# mistake: treats a hop of exactly reach as too long
from typing import List
def furthest_stone(stones: List[int], reach: int) -> int:
    furthest = stones[0]
    for stone in stones[1:]:
        if stone - furthest >= reach:
            break
        furthest = stone
    return furthest
