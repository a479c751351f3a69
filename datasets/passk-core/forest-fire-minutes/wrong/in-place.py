# mistake: updates the grid in place, so fire races along a row within a single minute
from typing import List
def burn(forest: List[str], minutes: int) -> List[str]:
    grid = [list(row) for row in forest]
    for _ in range(minutes):
        burning_now = [(r, c) for r, row in enumerate(grid) for c, cell in enumerate(row) if cell == "F"]
        for r, c in burning_now:
            grid[r][c] = "."
        for r in range(len(grid)):
            for c in range(len(grid[r])):
                if grid[r][c] == "T":
                    for a, b in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                        if 0 <= a < len(grid) and 0 <= b < len(grid[r]) and ((a, b) in burning_now or grid[a][b] == "F"):
                            grid[r][c] = "F"
                            break
    return ["".join(row) for row in grid]
