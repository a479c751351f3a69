from typing import List, Optional, Tuple
def meeting_cell(town: List[str]) -> Optional[Tuple[int, int]]:
    rows, cols = len(town), len(town[0])

    def distances(mark):
        dist = [[-1] * cols for _ in range(rows)]
        frontier = [(r, c) for r in range(rows) for c in range(cols) if town[r][c] == mark]
        for r, c in frontier:
            dist[r][c] = 0
        step = 0
        while frontier:
            step += 1
            nxt = []
            for r, c in frontier:
                for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
                    nr, nc = r + dr, c + dc
                    if 0 <= nr < rows and 0 <= nc < cols and town[nr][nc] != "#" and dist[nr][nc] < 0:
                        dist[nr][nc] = step
                        nxt.append((nr, nc))
            frontier = nxt
        return dist

    da, db = distances("A"), distances("B")
    best = None
    for r in range(rows):
        for c in range(cols):
            if da[r][c] >= 0 and db[r][c] >= 0:
                key = max(da[r][c], 2 * db[r][c])
                if best is None or key < best[0]:
                    best = (key, (r, c))
    return None if best is None else best[1]
