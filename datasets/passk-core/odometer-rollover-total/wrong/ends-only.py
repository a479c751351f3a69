# mistake: looks only at the first and last notes, so every full turn of the display in between is lost
from typing import List
def odometer_total(readings: List[int], digits: int) -> int:
    if len(readings) < 2:
        return 0
    return (readings[-1] - readings[0]) % 10 ** digits
