# mistake: follows one stream, always to the lowest neighbour, instead of flowing everywhere it can
from typing import List, Tuple
def wet_cells(heights: List[List[int]], start: Tuple[int, int]) -> int:
    rows, cols = len(heights), len(heights[0])
    r, c = start
    wet = {(r, c)}
    while True:
        options = [(heights[nr][nc], nr, nc) for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1))
                   if 0 <= nr < rows and 0 <= nc < cols and (nr, nc) not in wet and heights[nr][nc] <= heights[r][c]]
        if not options:
            return len(wet)
        _, r, c = min(options)
        wet.add((r, c))
