import datetime


def factory_week(date: str) -> str:
    day = datetime.date.fromisoformat(date)

    def week_one(year):
        jan1 = datetime.date(year, 1, 1)
        first_monday = jan1 + datetime.timedelta(days=(7 - jan1.weekday()) % 7)
        return first_monday - datetime.timedelta(days=5)  # the Wednesday before it

    year = day.year + 1
    while week_one(year) > day:
        year -= 1
    week = (day - week_one(year)).days // 7 + 1
    return "{:04d}-W{:02d}".format(year, week)
