# mistake: adds the size of each gap, so a rollover counts as driving backwards the other way
from typing import List
def odometer_total(readings: List[int], digits: int) -> int:
    return sum(abs(b - a) for a, b in zip(readings, readings[1:]))
