# mistake: only checks that the cell beyond a crate is not a wall, so a crate can be pushed onto another
from typing import List
def push_crates(warehouse: List[str], moves: str) -> List[str]:
    grid = [list(row) for row in warehouse]
    r, c = next((r, row.index("@")) for r, row in enumerate(warehouse) if "@" in row)
    for move in moves:
        dr, dc = {"U": (-1, 0), "D": (1, 0), "L": (0, -1), "R": (0, 1)}[move]
        ar, ac, br, bc = r + dr, c + dc, r + 2 * dr, c + 2 * dc
        if not (0 <= ar < len(grid) and 0 <= ac < len(grid[0])) or grid[ar][ac] == "#":
            continue
        if grid[ar][ac] == "O":
            if not (0 <= br < len(grid) and 0 <= bc < len(grid[0])) or grid[br][bc] == "#":
                continue
            grid[br][bc] = "O"
        grid[r][c], grid[ar][ac] = ".", "@"
        r, c = ar, ac
    return ["".join(row) for row in grid]
