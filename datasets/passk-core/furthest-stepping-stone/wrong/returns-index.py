# mistake: returns the index of the furthest stone reached instead of its position
from typing import List
def furthest_stone(stones: List[int], reach: int) -> int:
    last = 0
    while last + 1 < len(stones) and stones[last + 1] - stones[last] <= reach:
        last += 1
    return last
