def fiscal_quarter(day: str, start_month: int) -> str:
    year, month = int(day[:4]), int(day[5:7])
    quarter = (month - start_month) % 12 // 3 + 1
    if start_month > 1 and month >= start_month:
        year += 1
    return f"FY{year} Q{quarter}"
