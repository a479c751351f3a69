import calendar
from typing import List
def slash_date_readings(text: str) -> List[str]:
    parts = text.split("/")
    y = int(parts[2])
    if len(parts[2]) == 2:
        y = (1900 if y >= 50 else 2000) + y
    found = []
    for d, m in ((int(parts[0]), int(parts[1])), (int(parts[1]), int(parts[0]))):
        if 1 <= m <= 12 and 1 <= d <= calendar.monthrange(y, m)[1]:
            iso = "%04d-%02d-%02d" % (y, m, d)
            if iso not in found:
                found.append(iso)
    return sorted(found)
