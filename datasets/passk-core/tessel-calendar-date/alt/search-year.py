def tessel_date(day_number: int) -> str:
    def start_of(year: int) -> int:
        before = year - 1
        return 365 * before + before // 4 - before // 128

    low, high = 1, day_number // 365 + 2
    while low < high:  # the last year that starts on or before day_number
        middle = (low + high + 1) // 2
        if start_of(middle) <= day_number:
            low = middle
        else:
            high = middle - 1
    year = low
    day = day_number - start_of(year)
    if day == 0:
        return str(year) + "-NY"
    if day == 365:
        return str(year) + "-LD"
    day -= 1
    for quarter in range(4):
        if day < 90:
            month = 3 * quarter + day // 30 + 1
            return "%d-%02d-%02d" % (year, month, day % 30 + 1)
        if day == 90:
            return "%d-Q%d" % (year, quarter + 1)
        day -= 91
    raise ValueError("unreachable")
