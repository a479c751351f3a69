from typing import List
def fewest_steps(heights: List[List[int]], max_climb: int) -> int:
    from collections import deque

    rows, cols = len(heights), len(heights[0])
    steps = {(0, 0): 0}
    queue = deque([(0, 0)])
    while queue:
        r, c = queue.popleft()
        if (r, c) == (rows - 1, cols - 1):
            return steps[(r, c)]
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if (0 <= nr < rows and 0 <= nc < cols and (nr, nc) not in steps
                    and heights[nr][nc] - heights[r][c] <= max_climb):
                steps[(nr, nc)] = steps[(r, c)] + 1
                queue.append((nr, nc))
    return -1
