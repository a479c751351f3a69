from typing import List
def working_minutes(start: str, end: str, holidays: List[str]) -> int:
    from datetime import date, datetime, timedelta

    begin, finish = datetime.fromisoformat(start), datetime.fromisoformat(end)
    closed = set()
    for text in holidays:
        holiday = date.fromisoformat(text)
        closed.add(holiday + timedelta(days={5: -1, 6: 1}.get(holiday.weekday(), 0)))
    total = 0
    day = begin.date()
    while day <= finish.date():
        if day.weekday() < 5 and day not in closed:
            for opens, closes in ((9, 12), (13, 17)):
                low = max(begin, datetime(day.year, day.month, day.day, opens))
                high = min(finish, datetime(day.year, day.month, day.day, closes))
                if high > low:
                    total += (high - low) // timedelta(minutes=1)
        day += timedelta(days=1)
    return total
