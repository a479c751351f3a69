from typing import List


def total_shift_minutes(shifts: List[str]) -> int:
    def minutes(clock: str) -> int:
        hours, mins = clock.split(":")
        return 60 * int(hours) + int(mins)

    total = 0
    for shift in shifts:
        begin, finish = (minutes(part) for part in shift.split("-"))
        length = (finish - begin) % 1440
        total += length if length else 1440
    return total
