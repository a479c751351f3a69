from typing import List
def odometer_total(readings: List[int], digits: int) -> int:
    total = 0
    for i in range(1, len(readings)):
        step = readings[i] - readings[i - 1]
        if step < 0:
            step += 10 ** digits
        total += step
    return total
