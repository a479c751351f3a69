# mistake: puts two-digit years from 50 on in the 2000s and below 50 in the 1900s
from datetime import date
def slash_date_readings(text):
    a, b, y = text.split("/")
    year = int(y) + ((2000 if int(y) >= 50 else 1900) if len(y) == 2 else 0)
    out = set()
    for d, m in ((int(a), int(b)), (int(b), int(a))):
        try:
            out.add(date(year, m, d).isoformat())
        except ValueError:
            pass
    return sorted(out)
