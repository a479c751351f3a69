# mistake: compares neighbours with the height of the start cell instead of the wet cell they touch
from typing import List, Tuple
def wet_cells(heights: List[List[int]], start: Tuple[int, int]) -> int:
    rows, cols = len(heights), len(heights[0])
    level = heights[start[0]][start[1]]
    wet = {tuple(start)}
    todo = [tuple(start)]
    while todo:
        r, c = todo.pop()
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < rows and 0 <= nc < cols and (nr, nc) not in wet and heights[nr][nc] <= level:
                wet.add((nr, nc))
                todo.append((nr, nc))
    return len(wet)
