import re
def is_open(hours: str, day: str, time: str) -> bool:
    names = "Mon Tue Wed Thu Fri Sat Sun".split()
    def minutes(t):
        h, m = t.split(":")
        return int(h) * 60 + int(m)
    now = minutes(time)
    for rule in hours.split(";"):
        span, windows = rule.strip().split()
        ends = span.split("-")
        i = names.index(ends[0])
        covered = {names[i]}
        while names[i] != ends[-1]:
            i = (i + 1) % 7
            covered.add(names[i])
        if day not in covered:
            continue
        for a, b in re.findall(r"(\d\d:\d\d)-(\d\d:\d\d)", windows):
            if minutes(a) <= now < minutes(b):
                return True
    return False
