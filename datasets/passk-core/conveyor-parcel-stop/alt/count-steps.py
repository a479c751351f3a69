from typing import List, Tuple, Union
def parcel_end(floor: List[str], start: Tuple[int, int]) -> Union[Tuple[int, int], str]:
    rows, cols = len(floor), len(floor[0])
    row, col = start
    for _ in range(rows * cols + 1):
        belt = floor[row][col]
        if belt == ".":
            return (row, col)
        if belt == ">":
            col += 1
        elif belt == "<":
            col -= 1
        elif belt == "^":
            row -= 1
        else:
            row += 1
        if row < 0 or row >= rows or col < 0 or col >= cols:
            return "off"
    return "loop"
