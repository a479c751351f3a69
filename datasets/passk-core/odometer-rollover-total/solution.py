from typing import List
def odometer_total(readings: List[int], digits: int) -> int:
    turn = 10 ** digits
    return sum((later - earlier) % turn for earlier, later in zip(readings, readings[1:]))
