# mistake: names the fiscal year after the calendar year in which it starts
def fiscal_quarter(day, start_month):
    year, month = int(day[:4]), int(day[5:7])
    quarter = (month - start_month) % 12 // 3 + 1
    if month < start_month:
        year -= 1
    return f"FY{year} Q{quarter}"
