# mistake: returns the length of the first path a depth-first search finds, not the shortest
from typing import List
def fewest_steps(heights: List[List[int]], max_climb: int) -> int:
    rows, cols = len(heights), len(heights[0])
    seen = {(0, 0)}
    def go(r, c, n):
        if (r, c) == (rows - 1, cols - 1):
            return n
        for nr, nc in ((r, c + 1), (r + 1, c), (r, c - 1), (r - 1, c)):
            if 0 <= nr < rows and 0 <= nc < cols and (nr, nc) not in seen and heights[nr][nc] - heights[r][c] <= max_climb:
                seen.add((nr, nc))
                found = go(nr, nc, n + 1)
                if found >= 0:
                    return found
        return -1
    return go(0, 0, 0)
