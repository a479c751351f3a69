# mistake: counts land next to any water, lakes included
from typing import List
def shore_cells(island: List[str]) -> int:
    h = len(island)
    count = 0
    for r in range(h):
        for c in range(len(island[r])):
            if island[r][c] != "#":
                continue
            near = [(r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)]
            if any(0 <= a < h and 0 <= b < len(island[r]) and island[a][b] == "~" for a, b in near):
                count += 1
    return count
