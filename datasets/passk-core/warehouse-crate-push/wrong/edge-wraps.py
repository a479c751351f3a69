# mistake: checks only the far edges, so a crate pushed up or left off the grid lands on the other side
from typing import List
def push_crates(warehouse: List[str], moves: str) -> List[str]:
    grid = [list(row) for row in warehouse]
    h, w = len(grid), len(grid[0])
    r, c = next((r, row.index("@")) for r, row in enumerate(warehouse) if "@" in row)
    for move in moves:
        dr, dc = {"U": (-1, 0), "D": (1, 0), "L": (0, -1), "R": (0, 1)}[move]
        ar, ac, br, bc = r + dr, c + dc, r + 2 * dr, c + 2 * dc
        if ar >= h or ac >= w or grid[ar][ac] == "#":
            continue
        if grid[ar][ac] == "O":
            if br >= h or bc >= w or grid[br][bc] != ".":
                continue
            grid[br][bc] = "O"
        grid[r][c], grid[ar][ac] = ".", "@"
        r, c = ar % h, ac % w
    return ["".join(row) for row in grid]
