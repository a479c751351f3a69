from typing import List, Tuple
def highest_reachable(heights: List[List[int]], max_climb: int) -> Tuple[int, int]:
    from collections import deque

    rows, cols = len(heights), len(heights[0])
    steps = {(0, 0): 0}
    queue = deque([(0, 0)])
    while queue:
        r, c = queue.popleft()
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if (0 <= nr < rows and 0 <= nc < cols and (nr, nc) not in steps
                    and heights[nr][nc] - heights[r][c] <= max_climb):
                steps[(nr, nc)] = steps[(r, c)] + 1
                queue.append((nr, nc))
    top = max(heights[r][c] for r, c in steps)
    return (top, min(n for (r, c), n in steps.items() if heights[r][c] == top))
