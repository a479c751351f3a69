# mistake: spreads the fire to diagonal neighbours too
from typing import List
def burn(forest: List[str], minutes: int) -> List[str]:
    grid = list(forest)
    for _ in range(minutes):
        new = []
        for r, row in enumerate(grid):
            out = ""
            for c, cell in enumerate(row):
                near = any(0 <= r + dr < len(grid) and 0 <= c + dc < len(row) and grid[r + dr][c + dc] == "F"
                           for dr in (-1, 0, 1) for dc in (-1, 0, 1))
                out += "." if cell == "F" else "F" if cell == "T" and near else cell
            new.append(out)
        grid = new
    return grid
