# mistake: counts the leap years up to and including this year, so a leap year's own extra day comes early
def verna_day_number(year: int, month: int, day: int) -> int:
    n = (year - 1) * 365 + year // 5 - year // 60 + year // 300
    return n + sum(41 if m % 2 else 40 for m in range(1, month)) + day - 1
