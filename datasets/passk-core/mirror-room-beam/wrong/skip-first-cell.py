# mistake: starts the beam in the first cell as if it had already crossed it, so a mirror there is ignored
from typing import List, Optional, Tuple
def trace_beam(room: List[str], row: int) -> Optional[Tuple[str, int, int]]:
    turn = {"/": {(0, 1): (-1, 0), (0, -1): (1, 0), (-1, 0): (0, 1), (1, 0): (0, -1)},
            "\\": {(0, 1): (1, 0), (0, -1): (-1, 0), (-1, 0): (0, -1), (1, 0): (0, 1)}}
    r, c, d = row, 0, (0, 1)
    turns = 0
    if room[r][c] == "#":
        return None
    while True:
        nr, nc = r + d[0], c + d[1]
        if nr < 0:
            return ("top", c, turns)
        if nr >= len(room):
            return ("bottom", c, turns)
        if nc < 0:
            return ("left", r, turns)
        if nc >= len(room[0]):
            return ("right", r, turns)
        r, c = nr, nc
        if room[r][c] == "#":
            return None
        if room[r][c] in turn:
            d = turn[room[r][c]][d]
            turns += 1
