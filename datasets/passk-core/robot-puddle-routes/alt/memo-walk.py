from functools import lru_cache
from typing import List
def dry_enough_routes(yard: List[str], k: int) -> int:
    rows, cols = len(yard), len(yard[0])
    @lru_cache(maxsize=None)
    def count(r, c, budget):
        if r >= rows or c >= cols or yard[r][c] == "#":
            return 0
        if yard[r][c] == "~":
            budget -= 1
        if budget < 0:
            return 0
        if (r, c) == (rows - 1, cols - 1):
            return 1
        return count(r + 1, c, budget) + count(r, c + 1, budget)
    return count(0, 0, k)
