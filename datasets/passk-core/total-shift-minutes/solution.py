from typing import List
def total_shift_minutes(shifts: List[str]) -> int:
    total = 0
    for shift in shifts:
        start, end = shift.split("-")
        begin = int(start[:2]) * 60 + int(start[3:])
        finish = int(end[:2]) * 60 + int(end[3:])
        if finish <= begin:
            finish += 24 * 60
        total += finish - begin
    return total
