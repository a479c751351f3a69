def next_run(schedule: str, after: str) -> str:
    from datetime import datetime, timedelta

    def expand(field, low, high):
        values = set()
        for item in field.split(","):
            span, _, step = item.partition("/")
            if span == "*":
                first, last = low, high
            else:
                first, _, last = span.partition("-")
                first, last = int(first), int(last or first)
            values.update(range(first, last + 1, int(step or 1)))
        return values

    fields = schedule.split(" ")
    limits = [(0, 59), (0, 23), (1, 31), (1, 12), (0, 6)]
    minutes, hours, days, months, weekdays = (expand(f, *limit) for f, limit in zip(fields, limits))
    either = fields[2] != "*" and fields[4] != "*"
    start = datetime.strptime(after, "%Y-%m-%d %H:%M") + timedelta(minutes=1)
    day = start.date()
    while True:
        day_ok = (day.day in days, (day.weekday() + 1) % 7 in weekdays)
        if day.month in months and (any(day_ok) if either else all(day_ok)):
            for hour in sorted(hours):
                for minute in sorted(minutes):
                    moment = datetime(day.year, day.month, day.day, hour, minute)
                    if moment >= start:
                        return moment.strftime("%Y-%m-%d %H:%M")
        day += timedelta(days=1)
