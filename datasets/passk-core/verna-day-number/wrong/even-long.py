# mistake: gives the even months 41 days and the odd ones 40
def verna_day_number(year: int, month: int, day: int) -> int:
    p = year - 1
    n = p * 365 + p // 5 - p // 60 + p // 300
    return n + sum(40 if m % 2 else 41 for m in range(1, month)) + day - 1
