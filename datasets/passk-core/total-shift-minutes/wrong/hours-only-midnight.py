# mistake: decides that a shift runs past midnight by comparing the hours only
from typing import List
def total_shift_minutes(shifts: List[str]) -> int:
    total = 0
    for shift in shifts:
        start, end = shift.split("-")
        a = int(start[:2]) * 60 + int(start[3:])
        b = int(end[:2]) * 60 + int(end[3:])
        if int(end[:2]) <= int(start[:2]):
            b += 1440
        total += b - a
    return total
