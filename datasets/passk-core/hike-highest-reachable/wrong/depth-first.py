# mistake: counts the steps along the paths a depth-first search happens to take, not the shortest
from typing import List, Tuple
def highest_reachable(heights: List[List[int]], max_climb: int) -> Tuple[int, int]:
    rows, cols = len(heights), len(heights[0])
    dist = {(0, 0): 0}
    stack = [(0, 0)]
    while stack:
        r, c = stack.pop()
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and (nr, nc) not in dist and heights[nr][nc] - heights[r][c] <= max_climb:
                dist[(nr, nc)] = dist[(r, c)] + 1
                stack.append((nr, nc))

    top = max(heights[r][c] for r, c in dist)
    return (top, min(n for (r, c), n in dist.items() if heights[r][c] == top))
