# mistake: also counts land that touches the sea only diagonally
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
    return sum(1 for r in range(h) for c in range(w) if island[r][c] == "#"
               and any((r + dr, c + dc) in sea for dr in (-1, 0, 1) for dc in (-1, 0, 1)))
