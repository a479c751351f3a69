# mistake: measures walking times as Manhattan distance, ignoring walls
from typing import List, Optional, Tuple
def meeting_cell(town: List[str]) -> Optional[Tuple[int, int]]:
    cells = {town[r][c]: (r, c) for r in range(len(town)) for c in range(len(town[0])) if town[r][c] in "AB"}
    (ar, ac), (br, bc) = cells["A"], cells["B"]
    best = None
    for r in range(len(town)):
        for c in range(len(town[0])):
            if town[r][c] == "#":
                continue
            ta, tb = abs(r - ar) + abs(c - ac), abs(r - br) + abs(c - bc)
            key = (max(ta, 2 * tb), r, c)
            if best is None or key < best:
                best = key
    return (best[1], best[2])
