from typing import List
def furthest_stone(stones: List[int], reach: int) -> int:
    for here, there in zip(stones, stones[1:]):
        if there - here > reach:
            return here
    return stones[-1]
