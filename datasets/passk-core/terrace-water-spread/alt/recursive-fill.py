from typing import List, Tuple
def wet_cells(heights: List[List[int]], start: Tuple[int, int]) -> int:
    seen = [[False] * len(heights[0]) for _ in heights]
    def flow(r, c):
        seen[r][c] = True
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            nr, nc = r + dr, c + dc
            if nr < 0 or nc < 0 or nr >= len(heights) or nc >= len(heights[0]):
                continue
            if not seen[nr][nc] and heights[nr][nc] <= heights[r][c]:
                flow(nr, nc)
    flow(start[0], start[1])
    return sum(row.count(True) for row in seen)
