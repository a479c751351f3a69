# mistake: adds one to the year for every month from start_month on, also when the year starts in January
def fiscal_quarter(day, start_month):
    year, month = int(day[:4]), int(day[5:7])
    quarter = (month - start_month) % 12 // 3 + 1
    if month >= start_month:
        year += 1
    return f"FY{year} Q{quarter}"
