# mistake: does not count a puddle on the first or the last cell
from typing import List
def dry_enough_routes(yard: List[str], k: int) -> int:
    rows, cols = len(yard), len(yard[0])
    def walk(r, c, used):
        if r >= rows or c >= cols or yard[r][c] == "#":
            return 0
        end = (r, c) == (rows - 1, cols - 1)
        if yard[r][c] == "~" and (r, c) != (0, 0) and not end:
            used += 1
        if used > k:
            return 0
        return 1 if end else walk(r + 1, c, used) + walk(r, c + 1, used)
    return walk(0, 0, 0)
