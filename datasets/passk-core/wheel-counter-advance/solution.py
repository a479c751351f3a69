from typing import List, Tuple
def advance_counter(wheels: List[int], reading: List[int], steps: int) -> Tuple[List[int], int]:
    value = 0
    for size, position in zip(wheels, reading):
        value = value * size + position
    total = 1
    for size in wheels:
        total *= size
    wraps, value = divmod(value + steps, total)
    shown = []
    for size in reversed(wheels):
        value, position = divmod(value, size)
        shown.append(position)
    return (shown[::-1], wraps)
