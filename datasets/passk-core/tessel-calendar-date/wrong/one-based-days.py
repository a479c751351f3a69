# mistake: counts day number 1 as the New Year day of year 1, one day off
def tessel_date(day_number: int) -> str:
    # Leap years repeat every 128 years (31 leap years per cycle) and every 4 years inside a cycle;
    # the common year 128 of a cycle ends it, so its 4-year block is simply one day shorter.
    day_number -= 1
    cycles, rest = divmod(max(day_number, 0), 128 * 365 + 31)
    blocks, rest = divmod(rest, 4 * 365 + 1)
    years = min(rest // 365, 3)
    rest -= years * 365
    year = 128 * cycles + 4 * blocks + years + 1
    if rest == 0:
        return f"{year}-NY"
    if rest == 365:
        return f"{year}-LD"
    quarter, offset = divmod(rest - 1, 91)
    if offset == 90:
        return f"{year}-Q{quarter + 1}"
    month = quarter * 3 + offset // 30 + 1
    return f"{year}-{month:02d}-{offset % 30 + 1:02d}"
