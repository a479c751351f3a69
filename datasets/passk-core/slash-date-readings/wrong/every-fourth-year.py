# mistake: treats every year divisible by 4 as a leap year, 1900 too
def slash_date_readings(text):
    a, b, y = text.split("/")
    year = int(y) + ((1900 if int(y) >= 50 else 2000) if len(y) == 2 else 0)
    lengths = [31, 29 if year % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    out = set()
    for d, m in ((int(a), int(b)), (int(b), int(a))):
        if 1 <= m <= 12 and 1 <= d <= lengths[m - 1]:
            out.add(f"{year:04d}-{m:02d}-{d:02d}")
    return sorted(out)
