# mistake: only avoids walls, treating puddles as ordinary ground
from typing import List
def dry_enough_routes(yard: List[str], k: int) -> int:
    rows, cols = len(yard), len(yard[0])
    ways = [[0] * cols for _ in range(rows)]
    for r in range(rows):
        for c in range(cols):
            if yard[r][c] == "#":
                continue
            if r == 0 and c == 0:
                ways[r][c] = 1
            else:
                ways[r][c] = (ways[r - 1][c] if r else 0) + (ways[r][c - 1] if c else 0)
    return ways[-1][-1]
