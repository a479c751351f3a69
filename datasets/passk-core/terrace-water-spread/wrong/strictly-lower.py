# mistake: water only flows to strictly lower neighbours, not to ones of equal height
from typing import List, Tuple
def wet_cells(heights: List[List[int]], start: Tuple[int, int]) -> int:
    rows, cols = len(heights), len(heights[0])
    wet = {tuple(start)}
    todo = [tuple(start)]
    while todo:
        r, c = todo.pop()
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < rows and 0 <= nc < cols and (nr, nc) not in wet and heights[nr][nc] < heights[r][c]:
                wet.add((nr, nc))
                todo.append((nr, nc))
    return len(wet)
