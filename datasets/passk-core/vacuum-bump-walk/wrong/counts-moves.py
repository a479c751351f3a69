# mistake: counts every successful move as a new cell, revisits included
from typing import List
def cells_cleaned(room: List[str], moves: str) -> int:
    r, c = next((r, row.index("S")) for r, row in enumerate(room) if "S" in row)
    steps = {"U": (-1, 0), "D": (1, 0), "L": (0, -1), "R": (0, 1)}
    visited = 1
    for move in moves:
        nr, nc = r + steps[move][0], c + steps[move][1]
        if 0 <= nr < len(room) and 0 <= nc < len(room[0]) and room[nr][nc] != "#":
            r, c = nr, nc
            visited += 1
    return visited
