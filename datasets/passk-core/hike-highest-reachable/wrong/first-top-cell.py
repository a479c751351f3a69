# mistake: gives the steps to the first cell of greatest height in reading order, not the nearest one
from typing import List, Tuple
def highest_reachable(heights: List[List[int]], max_climb: int) -> Tuple[int, int]:
    from collections import deque
    rows, cols = len(heights), len(heights[0])
    dist = {(0, 0): 0}
    queue = deque([(0, 0)])
    while queue:
        r, c = queue.popleft()
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and (nr, nc) not in dist and heights[nr][nc] - heights[r][c] <= max_climb:
                dist[(nr, nc)] = dist[(r, c)] + 1
                queue.append((nr, nc))
    top = max(heights[r][c] for r, c in dist)
    first = min(cell for cell in dist if heights[cell[0]][cell[1]] == top)
    return (top, dist[first])
