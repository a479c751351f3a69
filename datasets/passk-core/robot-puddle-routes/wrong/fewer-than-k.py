# mistake: off by one, the motor already fails at k puddles
from typing import List
def dry_enough_routes(yard: List[str], k: int) -> int:
    rows, cols = len(yard), len(yard[0])
    def walk(r, c, used):
        if r >= rows or c >= cols or yard[r][c] == "#":
            return 0
        used += yard[r][c] == "~"
        if used >= k and k > 0:
            return 0
        if used > k:
            return 0
        return 1 if (r, c) == (rows - 1, cols - 1) else walk(r + 1, c, used) + walk(r, c + 1, used)
    return walk(0, 0, 0)
