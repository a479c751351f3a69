# mistake: pushes a whole line of crates, as long as floor follows the last one
from typing import List
def push_crates(warehouse: List[str], moves: str) -> List[str]:
    grid = [list(row) for row in warehouse]
    r, c = next((r, row.index("@")) for r, row in enumerate(warehouse) if "@" in row)
    for move in moves:
        dr, dc = {"U": (-1, 0), "D": (1, 0), "L": (0, -1), "R": (0, 1)}[move]
        er, ec = r + dr, c + dc
        while 0 <= er < len(grid) and 0 <= ec < len(grid[0]) and grid[er][ec] == "O":
            er, ec = er + dr, ec + dc
        if not (0 <= er < len(grid) and 0 <= ec < len(grid[0])) or grid[er][ec] != ".":
            continue
        if (er, ec) != (r + dr, c + dc):
            grid[er][ec] = "O"
        grid[r][c] = "."
        r, c = r + dr, c + dc
        grid[r][c] = "@"
    return ["".join(row) for row in grid]
