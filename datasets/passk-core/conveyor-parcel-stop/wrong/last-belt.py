# mistake: returns the last belt cell the parcel was on instead of the still cell it rests on
from typing import List, Tuple, Union
def parcel_end(floor: List[str], start: Tuple[int, int]) -> Union[Tuple[int, int], str]:
    steps = {">": (0, 1), "<": (0, -1), "^": (-1, 0), "v": (1, 0)}
    r, c = start
    seen = set()
    last = (r, c)
    while floor[r][c] != ".":
        if (r, c) in seen:
            return "loop"
        seen.add((r, c))
        last = (r, c)
        dr, dc = steps[floor[r][c]]
        r, c = r + dr, c + dc
        if not (0 <= r < len(floor) and 0 <= c < len(floor[0])):
            return "off"
    return last
