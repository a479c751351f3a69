# mistake: compares whole hours only, ignoring the minutes
def is_open(hours, day, time):
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    hour = int(time[:2])
    for rule in hours.split("; "):
        span, windows = rule.split(" ")
        first, _, last = span.partition("-")
        start = days.index(first)
        if (days.index(day) - start) % 7 > (days.index(last or first) - start) % 7:
            continue
        for window in windows.split(","):
            opens, closes = window.split("-")
            if int(opens[:2]) <= hour < int(closes[:2]):
                return True
    return False
