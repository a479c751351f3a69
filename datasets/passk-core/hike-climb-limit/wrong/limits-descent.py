# mistake: limits the height change both ways, so steep descents are refused too
from typing import List
def fewest_steps(heights: List[List[int]], max_climb: int) -> int:
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
    return dist.get((rows - 1, cols - 1), -1)
