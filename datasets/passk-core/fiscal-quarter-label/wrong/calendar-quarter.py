# mistake: gives the calendar quarter instead of counting quarters from the fiscal start
def fiscal_quarter(day, start_month):
    year, month = int(day[:4]), int(day[5:7])
    quarter = (month - 1) // 3 + 1
    if start_month > 1 and month >= start_month:
        year += 1
    return f"FY{year} Q{quarter}"
