import datetime
from typing import List
def working_minutes(start: str, end: str, holidays: List[str]) -> int:
    def parse(s):
        d = datetime.date(int(s[:4]), int(s[5:7]), int(s[8:10]))
        return d.toordinal(), int(s[11:13]) * 60 + int(s[14:16])
    off = set()
    for h in holidays:
        o = datetime.date.fromisoformat(h).toordinal()
        wd = datetime.date.fromordinal(o).isoweekday()
        off.add(o - 1 if wd == 6 else o + 1 if wd == 7 else o)
    d0, m0 = parse(start)
    d1, m1 = parse(end)
    result = 0
    for d in range(d0, d1 + 1):
        if datetime.date.fromordinal(d).isoweekday() > 5 or d in off:
            continue
        lo = m0 if d == d0 else 0
        hi = m1 if d == d1 else 24 * 60
        for a, b in ((540, 720), (780, 1020)):
            result += max(0, min(b, hi) - max(a, lo))
    return result
