import datetime


def arrival_time(departure: str, departure_offset: int, duration: int, arrival_offset: int) -> str:
    start = datetime.datetime(2001, 1, 1, int(departure[:2]), int(departure[3:]))
    shift = datetime.timedelta(minutes=duration + arrival_offset - departure_offset)
    end = start + shift
    result = end.strftime("%H:%M")
    difference = (end.date() - start.date()).days
    if difference > 0:
        result += " (+%d)" % difference
    elif difference < 0:
        result += " (-%d)" % -difference
    return result
