# mistake: counts the wraps as steps // (positions in all), ignoring where the counter starts
from typing import List, Tuple
def advance_counter(wheels: List[int], reading: List[int], steps: int) -> Tuple[List[int], int]:
    value, total = 0, 1
    for size, position in zip(wheels, reading):
        value = value * size + position
        total *= size
    value = (value + steps) % total
    shown = []
    for size in reversed(wheels):
        value, position = divmod(value, size)
        shown.insert(0, position)
    return (shown, steps // total)
