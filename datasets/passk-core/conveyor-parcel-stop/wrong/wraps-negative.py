# mistake: checks only the bottom and right edges, so belts pointing up or left off the grid wrap round
from typing import List, Tuple, Union
def parcel_end(floor: List[str], start: Tuple[int, int]) -> Union[Tuple[int, int], str]:
    steps = {">": (0, 1), "<": (0, -1), "^": (-1, 0), "v": (1, 0)}
    r, c = start
    seen = set()
    while floor[r][c] != ".":
        if (r, c) in seen:
            return "loop"
        seen.add((r, c))
        dr, dc = steps[floor[r][c]]
        r, c = r + dr, c + dc
        if r >= len(floor) or c >= len(floor[0]):
            return "off"
        r, c = r % len(floor), c % len(floor[0])
    return (r, c)
