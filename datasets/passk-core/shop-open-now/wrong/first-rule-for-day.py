# mistake: decides by the first rule that names the day and never looks at later rules
def is_open(hours, day, time):
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    for rule in hours.split("; "):
        span, windows = rule.split(" ")
        first, _, last = span.partition("-")
        start = days.index(first)
        if (days.index(day) - start) % 7 > (days.index(last or first) - start) % 7:
            continue
        return any(w.split("-")[0] <= time < w.split("-")[1] for w in windows.split(","))
    return False
