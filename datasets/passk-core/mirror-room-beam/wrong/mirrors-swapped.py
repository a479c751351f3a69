# mistake: swaps the two mirrors: "/" turns a beam moving right downwards, like a "\\" should
from typing import List, Optional, Tuple
def trace_beam(room: List[str], row: int) -> Optional[Tuple[str, int, int]]:
    # Directions as (row step, column step); each mirror maps the direction of travel to a new one.
    slash = {(0, 1): (-1, 0), (0, -1): (1, 0), (-1, 0): (0, 1), (1, 0): (0, -1)}
    backslash = {(0, 1): (1, 0), (0, -1): (-1, 0), (-1, 0): (0, -1), (1, 0): (0, 1)}
    r, c = row, 0
    dr, dc = 0, 1
    bounces = 0
    while True:
        cell = room[r][c]
        if cell == "#":
            return None
        if cell == "\\":
            dr, dc = slash[dr, dc]
            bounces += 1
        elif cell == "/":
            dr, dc = backslash[dr, dc]
            bounces += 1
        if r + dr < 0:
            return ("top", c, bounces)
        if r + dr >= len(room):
            return ("bottom", c, bounces)
        if c + dc < 0:
            return ("left", r, bounces)
        if c + dc >= len(room[0]):
            return ("right", r, bounces)
        r, c = r + dr, c + dc
