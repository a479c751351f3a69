# mistake: only steps right or down, as the goal lies that way
from typing import List
def fewest_steps(heights: List[List[int]], max_climb: int) -> int:
    rows, cols = len(heights), len(heights[0])
    best = [[-1] * cols for _ in range(rows)]
    best[0][0] = 0
    for r in range(rows):
        for c in range(cols):
            for pr, pc in ((r - 1, c), (r, c - 1)):
                if pr >= 0 and pc >= 0 and best[pr][pc] >= 0 and heights[r][c] - heights[pr][pc] <= max_climb:
                    if best[r][c] < 0 or best[pr][pc] + 1 < best[r][c]:
                        best[r][c] = best[pr][pc] + 1
    return best[rows - 1][cols - 1]
