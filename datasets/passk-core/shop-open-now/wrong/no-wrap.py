# mistake: a range of days is taken as first <= day <= last, so a range past Sunday matches nothing
def is_open(hours, day, time):
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    for rule in hours.split("; "):
        span, windows = rule.split(" ")
        first, _, last = span.partition("-")
        if not days.index(first) <= days.index(day) <= days.index(last or first):
            continue
        for window in windows.split(","):
            opens, closes = window.split("-")
            if opens <= time < closes:
                return True
    return False
