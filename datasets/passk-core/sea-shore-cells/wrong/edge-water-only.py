# mistake: takes only the water cells on the edge as sea, without following chains inwards
from typing import List
def shore_cells(island: List[str]) -> int:
    h = len(island)
    w = len(island[0]) if island else 0
    sea = {(r, c) for r in range(h) for c in range(w) if island[r][c] == "~" and (r in (0, h - 1) or c in (0, w - 1))}
    return sum(1 for r in range(h) for c in range(w) if island[r][c] == "#"
               and any((r + dr, c + dc) in sea for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1))))
