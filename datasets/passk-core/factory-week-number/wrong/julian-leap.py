# mistake: every year divisible by 4 is a leap year (the century rule is left out)
def factory_week(date: str) -> str:
    year, month, day = (int(part) for part in date.split("-"))
    lengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30]

    def index(y, m, d):
        past = y - 1
        n = past * 365 + past // 4 + sum(lengths[: m - 1]) + d
        return n + 1 if m > 2 and y % 4 == 0 else n

    saturday = index(2000, 1, 1)

    def start(y):
        first = index(y, 1, 1)
        weekday = (first - saturday + 5) % 7  # 0 = Monday
        return first + (0 - weekday) % 7 - 5

    today = index(year, month, day)
    fy = year
    if today < start(year):
        fy -= 1
    elif today >= start(year + 1):
        fy += 1
    return "%04d-W%02d" % (fy, (today - start(fy)) // 7 + 1)
