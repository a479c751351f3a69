# mistake: guesses a loop after as many steps as there are rows plus columns
from typing import List, Tuple, Union
def parcel_end(floor: List[str], start: Tuple[int, int]) -> Union[Tuple[int, int], str]:
    steps = {">": (0, 1), "<": (0, -1), "^": (-1, 0), "v": (1, 0)}
    r, c = start
    for _ in range(len(floor) + len(floor[0])):
        if floor[r][c] == ".":
            return (r, c)
        dr, dc = steps[floor[r][c]]
        r, c = r + dr, c + dc
        if not (0 <= r < len(floor) and 0 <= c < len(floor[0])):
            return "off"
    return (r, c) if floor[r][c] == "." else "loop"
