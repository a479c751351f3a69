def verna_day_number(year: int, month: int, day: int) -> int:
    past = year - 1
    leap_days = past // 5 - past // 60 + past // 300
    number = past * 365 + leap_days
    for earlier in range(1, month):
        number += 41 if earlier % 2 == 1 else 40
    return number + day - 1
