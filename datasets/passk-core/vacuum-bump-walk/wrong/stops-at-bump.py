# mistake: stops reading moves at the first bump instead of skipping that move
from typing import List
def cells_cleaned(room: List[str], moves: str) -> int:
    r, c = next((r, row.index("S")) for r, row in enumerate(room) if "S" in row)
    steps = {"U": (-1, 0), "D": (1, 0), "L": (0, -1), "R": (0, 1)}
    seen = {(r, c)}
    for move in moves:
        nr, nc = r + steps[move][0], c + steps[move][1]
        if not (0 <= nr < len(room) and 0 <= nc < len(room[0])) or room[nr][nc] == "#":
            break
        r, c = nr, nc
        seen.add((r, c))
    return len(seen)
