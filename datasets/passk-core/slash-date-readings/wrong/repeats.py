# mistake: lists the date twice when both readings are the same day
from datetime import date
def slash_date_readings(text):
    a, b, y = text.split("/")
    year = int(y) + ((1900 if int(y) >= 50 else 2000) if len(y) == 2 else 0)
    out = []
    for d, m in ((int(a), int(b)), (int(b), int(a))):
        try:
            out.append(date(year, m, d).isoformat())
        except ValueError:
            pass
    return sorted(out)
