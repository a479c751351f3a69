# mistake: checks only the far edges, so moving up or left off the grid wraps to the other side
from typing import List
def cells_cleaned(room: List[str], moves: str) -> int:
    r, c = next((r, row.index("S")) for r, row in enumerate(room) if "S" in row)
    steps = {"U": (-1, 0), "D": (1, 0), "L": (0, -1), "R": (0, 1)}
    seen = {(r, c)}
    for move in moves:
        nr, nc = r + steps[move][0], c + steps[move][1]
        if nr < len(room) and nc < len(room[0]) and room[nr][nc] != "#":
            r, c = nr % len(room), nc % len(room[0])
            seen.add((r, c))
    return len(seen)
