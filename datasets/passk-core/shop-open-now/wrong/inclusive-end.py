# mistake: counts the closing minute as open
def is_open(hours, day, time):
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    for rule in hours.split("; "):
        span, windows = rule.split(" ")
        first, _, last = span.partition("-")
        start = days.index(first)
        if (days.index(day) - start) % 7 > (days.index(last or first) - start) % 7:
            continue
        for window in windows.split(","):
            opens, closes = window.split("-")
            if opens <= time <= closes:
                return True
    return False
