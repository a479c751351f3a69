def verna_day_number(year: int, month: int, day: int) -> int:
    def is_leap(y: int) -> bool:
        if y % 300 == 0:
            return True
        if y % 60 == 0:
            return False
        return y % 5 == 0

    # whole 300-year cycles first, then single years, so that large years stay fast
    cycles, rest = divmod(year - 1, 300)
    cycle_days = 300 * 365 + sum(1 for y in range(1, 301) if is_leap(y))
    total = cycles * cycle_days + sum(366 if is_leap(y) else 365 for y in range(1, rest + 1))
    month_lengths = [41, 40, 41, 40, 41, 40, 41, 40, 41]
    return total + sum(month_lengths[: month - 1]) + day - 1
