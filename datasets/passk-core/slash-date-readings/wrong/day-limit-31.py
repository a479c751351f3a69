# mistake: accepts any day from 1 to 31 in any month
def slash_date_readings(text):
    a, b, y = text.split("/")
    year = int(y) + ((1900 if int(y) >= 50 else 2000) if len(y) == 2 else 0)
    out = set()
    for d, m in ((int(a), int(b)), (int(b), int(a))):
        if 1 <= m <= 12 and 1 <= d <= 31:
            out.add(f"{year:04d}-{m:02d}-{d:02d}")
    return sorted(out)
