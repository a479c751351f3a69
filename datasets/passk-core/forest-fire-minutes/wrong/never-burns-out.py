# mistake: keeps burning trees on fire instead of turning them into bare ground
from typing import List
def burn(forest: List[str], minutes: int) -> List[str]:
    grid = list(forest)
    for _ in range(minutes):
        new = []
        for r, row in enumerate(grid):
            out = ""
            for c, cell in enumerate(row):
                near = any(0 <= a < len(grid) and 0 <= b < len(row) and grid[a][b] == "F"
                           for a, b in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)))
                out += "F" if cell == "T" and near else cell
            new.append(out)
        grid = new
    return grid
