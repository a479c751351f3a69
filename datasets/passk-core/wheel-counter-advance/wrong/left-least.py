# mistake: treats the leftmost wheel as the one each step turns, reading the row the wrong way round
from typing import List, Tuple
def advance_counter(wheels: List[int], reading: List[int], steps: int) -> Tuple[List[int], int]:
    value, total = 0, 1
    for size, position in zip(reversed(wheels), reversed(reading)):
        value = value * size + position
        total *= size
    wraps, value = divmod(value + steps, total)
    shown = []
    for size in wheels:
        value, position = divmod(value, size)
        shown.append(position)
    return (shown, wraps)
