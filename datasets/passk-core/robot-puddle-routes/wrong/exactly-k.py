# mistake: counts the routes through exactly k puddles instead of at most k
from typing import List
def dry_enough_routes(yard: List[str], k: int) -> int:
    rows, cols = len(yard), len(yard[0])
    def walk(r, c, used):
        if r >= rows or c >= cols or yard[r][c] == "#":
            return 0
        used += yard[r][c] == "~"
        if (r, c) == (rows - 1, cols - 1):
            return 1 if used == k else 0
        return walk(r + 1, c, used) + walk(r, c + 1, used)
    return walk(0, 0, 0)
