# mistake: treats the outside of the grid as sea, so land on the edge is always shore
from typing import List
def shore_cells(island: List[str]) -> int:
    h = len(island)
    w = len(island[0]) if island else 0
    todo = [(r, c) for r in range(h) for c in range(w) if island[r][c] == "~" and (r in (0, h - 1) or c in (0, w - 1))]
    sea = set(todo)
    while todo:
        r, c = todo.pop()
        for a, b in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= a < h and 0 <= b < w and island[a][b] == "~" and (a, b) not in sea:
                sea.add((a, b))
                todo.append((a, b))
    def seaward(a, b):
        return not (0 <= a < h and 0 <= b < w) or (a, b) in sea
    return sum(1 for r in range(h) for c in range(w) if island[r][c] == "#"
               and any(seaward(r + dr, c + dc) for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1))))
