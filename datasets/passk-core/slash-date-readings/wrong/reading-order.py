# mistake: returns the day/month reading first instead of sorting
from datetime import date
def slash_date_readings(text):
    a, b, y = text.split("/")
    year = int(y) + ((1900 if int(y) >= 50 else 2000) if len(y) == 2 else 0)
    out = []
    for d, m in ((int(a), int(b)), (int(b), int(a))):
        try:
            s = date(year, m, d).isoformat()
        except ValueError:
            continue
        if s not in out:
            out.append(s)
    return out
