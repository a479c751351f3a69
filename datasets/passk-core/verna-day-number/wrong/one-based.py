# mistake: counts from 1 (day 1 of month 1 of year 1 is day number 1)
def verna_day_number(year: int, month: int, day: int) -> int:
    p = year - 1
    n = p * 365 + p // 5 - p // 60 + p // 300
    return n + sum(41 if m % 2 else 40 for m in range(1, month)) + day
