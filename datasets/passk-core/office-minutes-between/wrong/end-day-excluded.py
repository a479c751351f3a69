# mistake: walks the days before end's date only, missing the time worked on the last day
from datetime import date, datetime, timedelta
def working_minutes(start, end, holidays):
    a, b = datetime.fromisoformat(start), datetime.fromisoformat(end)
    closed = set()
    for h in holidays:
        d = date.fromisoformat(h)
        closed.add(d + timedelta(days={5: -1, 6: 1}.get(d.weekday(), 0)))
    total, d = 0, a.date()
    while d < b.date() or d == a.date():
        if d.weekday() < 5 and d not in closed:
            for o, c in ((9, 12), (13, 17)):
                lo = max(a, datetime(d.year, d.month, d.day, o))
                hi = min(b, datetime(d.year, d.month, d.day, c))
                if hi > lo:
                    total += int((hi - lo).total_seconds()) // 60
        d += timedelta(days=1)
    return total
