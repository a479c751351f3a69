# mistake: only notices a loop when the parcel comes back to its start cell, with a step cap
from typing import List, Tuple, Union
def parcel_end(floor: List[str], start: Tuple[int, int]) -> Union[Tuple[int, int], str]:
    steps = {">": (0, 1), "<": (0, -1), "^": (-1, 0), "v": (1, 0)}
    r, c = start
    for moved in range(10000):
        if floor[r][c] == ".":
            return (r, c)
        if moved and (r, c) == tuple(start):
            return "loop"
        dr, dc = steps[floor[r][c]]
        r, c = r + dr, c + dc
        if not (0 <= r < len(floor) and 0 <= c < len(floor[0])):
            return "off"
    return (r, c)
