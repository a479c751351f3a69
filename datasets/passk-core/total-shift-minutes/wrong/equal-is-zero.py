# mistake: a shift whose end equals its start lasts 0 minutes instead of 24 hours
from typing import List
def total_shift_minutes(shifts: List[str]) -> int:
    total = 0
    for shift in shifts:
        start, end = shift.split("-")
        a = int(start[:2]) * 60 + int(start[3:])
        b = int(end[:2]) * 60 + int(end[3:])
        total += (b - a) % 1440
    return total
