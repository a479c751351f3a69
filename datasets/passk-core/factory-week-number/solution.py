def factory_week(date: str) -> str:
    year, month, day = (int(part) for part in date.split("-"))
    # Lengths of January to November: a date never needs the length of December.
    lengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30]

    def day_index(y, m, d):
        past = y - 1
        index = past * 365 + past // 4 - past // 100 + past // 400 + sum(lengths[: m - 1]) + d
        if m > 2 and y % 4 == 0 and (y % 100 != 0 or y % 400 == 0):
            index += 1
        return index

    saturday = day_index(2000, 1, 1)

    def week_one_start(y):
        new_year = day_index(y, 1, 1)
        days_after_wednesday = (new_year - saturday + 3) % 7
        first_monday = new_year + (5 - days_after_wednesday) % 7
        return first_monday - 5

    today = day_index(year, month, day)
    factory_year = year
    if today < week_one_start(year):
        factory_year -= 1
    elif today >= week_one_start(year + 1):
        factory_year += 1
    week = (today - week_one_start(factory_year)) // 7 + 1
    return f"{factory_year:04d}-W{week:02d}"
