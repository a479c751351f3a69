# mistake: never moves a late December date into week 1 of the next factory year
import datetime


def factory_week(date: str) -> str:
    day = datetime.date.fromisoformat(date)

    def start(year):
        first = datetime.date(year, 1, 1)
        monday = first + datetime.timedelta(days=(0 - first.weekday()) % 7)
        return monday - datetime.timedelta(days=5)

    year = day.year
    if day < start(year):
        year -= 1
    return "%04d-W%02d" % (year, (day - start(year)).days // 7 + 1)
