# mistake: indexes neighbours with r - 1 and c - 1 unchecked, so fire wraps from the first row or column to the last
from typing import List
def burn(forest: List[str], minutes: int) -> List[str]:
    grid = list(forest)
    for _ in range(minutes):
        new = []
        for r, row in enumerate(grid):
            out = ""
            for c, cell in enumerate(row):
                near = any(a < len(grid) and b < len(row) and grid[a][b] == "F"
                           for a, b in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)))
                out += "." if cell == "F" else "F" if cell == "T" and near else cell
            new.append(out)
        grid = new
    return grid
