from typing import List
def slash_date_readings(text: str) -> List[str]:
    from datetime import date

    first, second, year_text = text.split("/")
    year = int(year_text)
    if len(year_text) == 2:
        year += 1900 if year >= 50 else 2000
    readings = set()
    for day, month in ((int(first), int(second)), (int(second), int(first))):
        try:
            readings.add(date(year, month, day).isoformat())
        except ValueError:
            pass
    return sorted(readings)
