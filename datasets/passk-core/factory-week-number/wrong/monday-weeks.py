# mistake: weeks run from Monday to Sunday, so week 1 starts on the first Monday itself
import datetime


def factory_week(date: str) -> str:
    day = datetime.date.fromisoformat(date)

    def start(year):
        first = datetime.date(year, 1, 1)
        return first + datetime.timedelta(days=(0 - first.weekday()) % 7)

    year = day.year
    if day < start(year):
        year -= 1
    elif day >= start(year + 1):
        year += 1
    return "%04d-W%02d" % (year, (day - start(year)).days // 7 + 1)
