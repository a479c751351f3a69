# mistake: leaves out the last exception: years divisible by 300 are leap years after all
def verna_day_number(year: int, month: int, day: int) -> int:
    p = year - 1
    n = p * 365 + p // 5 - p // 60
    return n + sum(41 if m % 2 else 40 for m in range(1, month)) + day - 1
