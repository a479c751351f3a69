from typing import List, Tuple
def highest_reachable(heights: List[List[int]], max_climb: int) -> Tuple[int, int]:
    rows, cols = len(heights), len(heights[0])
    inf = rows * cols + 1
    dist = [[inf] * cols for _ in range(rows)]
    dist[0][0] = 0
    changed = True
    while changed:
        changed = False
        for r in range(rows):
            for c in range(cols):
                if dist[r][c] == inf:
                    continue
                for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
                    nr, nc = r + dr, c + dc
                    if 0 <= nr < rows and 0 <= nc < cols and heights[nr][nc] - heights[r][c] <= max_climb:
                        if dist[r][c] + 1 < dist[nr][nc]:
                            dist[nr][nc] = dist[r][c] + 1
                            changed = True
    best = None
    for r in range(rows):
        for c in range(cols):
            if dist[r][c] < inf:
                key = (-heights[r][c], dist[r][c])
                if best is None or key < best:
                    best = key
    return (-best[0], best[1])
