# mistake: always requires both the day of the month and the weekday to match
from datetime import datetime, timedelta
def next_run(schedule, after):
    def expand(field, low, high):
        out = set()
        for item in field.split(","):
            span, _, step = item.partition("/")
            a, b = (low, high) if span == "*" else (int(span.split("-")[0]), int(span.split("-")[-1]))
            out.update(range(a, b + 1, int(step or 1)))
        return out
    f = schedule.split(" ")
    mi, ho, dom, mo, dow = (expand(x, *l) for x, l in zip(f, [(0, 59), (0, 23), (1, 31), (1, 12), (0, 6)]))
    t = datetime.strptime(after, "%Y-%m-%d %H:%M") + timedelta(minutes=1)
    d = t.date()
    while True:
        if d.month in mo and d.day in dom and (d.weekday() + 1) % 7 in dow:
            for h in sorted(ho):
                for m in sorted(mi):
                    x = datetime(d.year, d.month, d.day, h, m)
                    if x >= t:
                        return x.strftime("%Y-%m-%d %H:%M")
        d += timedelta(days=1)
