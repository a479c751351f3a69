# mistake: takes a full turn of the display as its largest value (999) instead of 1000
from typing import List
def odometer_total(readings: List[int], digits: int) -> int:
    turn = 10 ** digits - 1
    return sum((b - a) % turn for a, b in zip(readings, readings[1:]))
