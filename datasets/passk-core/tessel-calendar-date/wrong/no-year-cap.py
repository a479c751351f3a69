# mistake: forgets that the fourth year of a 4-year block is the longer one, so its last day starts a new year
def tessel_date(day_number: int) -> str:
    # Leap years repeat every 128 years (31 leap years per cycle) and every 4 years inside a cycle;
    # the common year 128 of a cycle ends it, so its 4-year block is simply one day shorter.
    cycles, rest = divmod(day_number, 128 * 365 + 31)
    blocks, rest = divmod(rest, 4 * 365 + 1)
    years = rest // 365
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
