from collections import deque
from typing import List
def shore_cells(island: List[str]) -> int:
    if not island:
        return 0
    grid = ["." * (len(island[0]) + 2)] + ["." + row + "." for row in island] + ["." * (len(island[0]) + 2)]
    seen = {(0, 0)}
    queue = deque([(0, 0)])
    shore = set()
    while queue:
        r, c = queue.popleft()
        for a, b in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if not (0 <= a < len(grid) and 0 <= b < len(grid[0])):
                continue
            if grid[a][b] == "#":
                if grid[r][c] == "~":
                    shore.add((a, b))
            elif (a, b) not in seen:
                seen.add((a, b))
                queue.append((a, b))
    return len(shore)
