# mistake: rounds the month offset up to a quarter, so the first month of each quarter falls in the previous one
def fiscal_quarter(day, start_month):
    year, month = int(day[:4]), int(day[5:7])
    quarter = ((month - start_month) % 12 + 2) // 3
    quarter = quarter if quarter else 4
    if start_month > 1 and month >= start_month:
        year += 1
    return f"FY{year} Q{quarter}"
