# mistake: uses a Gregorian-style leap rule (not divisible by 100 unless by 400) instead of "not by 128"
def tessel_date(day_number: int) -> str:
    def leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

    def days_before(y):  # days before year y starts
        p = y - 1
        return 365 * p + p // 4 - p // 100 + p // 400

    low, high = 1, day_number // 365 + 2
    while low < high:
        mid = (low + high + 1) // 2
        if days_before(mid) <= day_number:
            low = mid
        else:
            high = mid - 1
    year, rest = low, day_number - days_before(low)
    if rest == 0:
        return "%d-NY" % year
    if rest == 365:
        return "%d-LD" % year
    quarter, offset = divmod(rest - 1, 91)
    if offset == 90:
        return "%d-Q%d" % (year, quarter + 1)
    return "%d-%02d-%02d" % (year, quarter * 3 + offset // 30 + 1, offset % 30 + 1)
