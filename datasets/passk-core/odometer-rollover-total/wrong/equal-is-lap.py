# mistake: treats two equal notes as a full turn of the display instead of no driving
from typing import List
def odometer_total(readings: List[int], digits: int) -> int:
    total = 0
    for a, b in zip(readings, readings[1:]):
        total += b - a if b > a else b - a + 10 ** digits
    return total
