from typing import List
def push_crates(warehouse: List[str], moves: str) -> List[str]:
    grid = [list(row) for row in warehouse]
    r, c = next((r, row.index("@")) for r, row in enumerate(warehouse) if "@" in row)

    def inside(a, b):
        return 0 <= a < len(grid) and 0 <= b < len(grid[0])

    for move in moves:
        dr, dc = {"U": (-1, 0), "D": (1, 0), "L": (0, -1), "R": (0, 1)}[move]
        ar, ac, br, bc = r + dr, c + dc, r + 2 * dr, c + 2 * dc
        if not inside(ar, ac) or grid[ar][ac] == "#":
            continue
        if grid[ar][ac] == "O":
            if not inside(br, bc) or grid[br][bc] != ".":
                continue
            grid[br][bc] = "O"
        grid[r][c], grid[ar][ac] = ".", "@"
        r, c = ar, ac
    return ["".join(row) for row in grid]
