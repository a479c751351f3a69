# mistake: moves a holiday on either weekend day to the following Monday
from datetime import date, datetime, timedelta
def working_minutes(start, end, holidays):
    a, b = datetime.fromisoformat(start), datetime.fromisoformat(end)
    closed = set()
    for h in holidays:
        d = date.fromisoformat(h)
        closed.add(d + timedelta(days={5: 2, 6: 1}.get(d.weekday(), 0)))
    total, d = 0, a.date()
    while d <= b.date():
        if d.weekday() < 5 and d not in closed:
            for o, c in ((9, 12), (13, 17)):
                lo = max(a, datetime(d.year, d.month, d.day, o))
                hi = min(b, datetime(d.year, d.month, d.day, c))
                if hi > lo:
                    total += int((hi - lo).total_seconds()) // 60
        d += timedelta(days=1)
    return total
