# mistake: limits the height change both ways, so steep descents are refused too
from typing import List, Tuple
def highest_reachable(heights: List[List[int]], max_climb: int) -> Tuple[int, int]:
    from collections import deque
    rows, cols = len(heights), len(heights[0])
    dist = {(0, 0): 0}
    queue = deque([(0, 0)])
    while queue:
        r, c = queue.popleft()
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and (nr, nc) not in dist and abs(heights[nr][nc] - heights[r][c]) <= max_climb:
                dist[(nr, nc)] = dist[(r, c)] + 1
                queue.append((nr, nc))

    top = max(heights[r][c] for r, c in dist)
    return (top, min(n for (r, c), n in dist.items() if heights[r][c] == top))
