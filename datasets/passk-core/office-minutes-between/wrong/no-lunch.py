# mistake: counts 09:00 to 17:00 as one block, working through the lunch hour
from datetime import date, datetime, timedelta
def working_minutes(start, end, holidays):
    a, b = datetime.fromisoformat(start), datetime.fromisoformat(end)
    closed = set()
    for h in holidays:
        d = date.fromisoformat(h)
        closed.add(d + timedelta(days={5: -1, 6: 1}.get(d.weekday(), 0)))
    total, d = 0, a.date()
    while d <= b.date():
        if d.weekday() < 5 and d not in closed:
            lo = max(a, datetime(d.year, d.month, d.day, 9))
            hi = min(b, datetime(d.year, d.month, d.day, 17))
            if hi > lo:
                total += int((hi - lo).total_seconds()) // 60
        d += timedelta(days=1)
    return total
