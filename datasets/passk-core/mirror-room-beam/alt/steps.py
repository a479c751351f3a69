from typing import List, Optional, Tuple

RIGHT, DOWN, LEFT, UP = (0, 1), (1, 0), (0, -1), (-1, 0)


def trace_beam(room: List[str], row: int) -> Optional[Tuple[str, int, int]]:
    height, width = len(room), len(room[0])
    y, x, heading, turns = row, 0, RIGHT, 0
    while 0 <= y < height and 0 <= x < width:
        here = room[y][x]
        if here == "#":
            return None
        if here == "/":
            heading = {RIGHT: UP, UP: RIGHT, LEFT: DOWN, DOWN: LEFT}[heading]
            turns += 1
        elif here == "\\":
            heading = {RIGHT: DOWN, DOWN: RIGHT, LEFT: UP, UP: LEFT}[heading]
            turns += 1
        last = (y, x)
        y, x = y + heading[0], x + heading[1]
    side = {UP: "top", DOWN: "bottom", LEFT: "left", RIGHT: "right"}[heading]
    index = last[1] if side in ("top", "bottom") else last[0]
    return (side, index, turns)
