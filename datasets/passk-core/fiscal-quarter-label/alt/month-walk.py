import datetime
def fiscal_quarter(day: str, start_month: int) -> str:
    d = datetime.date.fromisoformat(day)
    months_in = 0
    m = start_month
    while m != d.month:
        m = m % 12 + 1
        months_in += 1
    start_year = d.year if d.month >= start_month else d.year - 1
    end_year = start_year + (0 if start_month == 1 else 1)
    return "FY%d Q%d" % (end_year, months_in // 3 + 1)
