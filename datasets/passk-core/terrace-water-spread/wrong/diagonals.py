# mistake: lets water flow to the diagonal neighbours as well
from typing import List, Tuple
def wet_cells(heights: List[List[int]], start: Tuple[int, int]) -> int:
    rows, cols = len(heights), len(heights[0])
    wet = {tuple(start)}
    todo = [tuple(start)]
    while todo:
        r, c = todo.pop()
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                nr, nc = r + dr, c + dc
                if 0 <= nr < rows and 0 <= nc < cols and (nr, nc) not in wet and heights[nr][nc] <= heights[r][c]:
                    wet.add((nr, nc))
                    todo.append((nr, nc))
    return len(wet)
