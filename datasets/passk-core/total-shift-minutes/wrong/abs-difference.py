# mistake: takes the absolute difference of the two times, so a shift past midnight counts backwards
from typing import List
def total_shift_minutes(shifts: List[str]) -> int:
    total = 0
    for shift in shifts:
        start, end = shift.split("-")
        a = int(start[:2]) * 60 + int(start[3:])
        b = int(end[:2]) * 60 + int(end[3:])
        total += abs(b - a) or 1440
    return total
