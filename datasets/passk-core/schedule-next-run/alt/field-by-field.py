import calendar
def next_run(schedule: str, after: str) -> str:
    bounds = [(0, 59), (0, 23), (1, 31), (1, 12), (0, 6)]
    parts = schedule.split()
    sets = []
    for text, (lo, hi) in zip(parts, bounds):
        chosen = []
        for item in text.split(","):
            if "/" in item:
                rng, step = item.split("/")
                step = int(step)
            else:
                rng, step = item, 1
            if rng == "*":
                a, b = lo, hi
            elif "-" in rng:
                a, b = map(int, rng.split("-"))
            else:
                a = b = int(rng)
            chosen += list(range(a, b + 1, step))
        sets.append(sorted(set(chosen)))
    mins, hrs, doms, mons, dows = sets
    dom_star, dow_star = parts[2] == "*", parts[4] == "*"
    y, mo, d = int(after[:4]), int(after[5:7]), int(after[8:10])
    h, mi = int(after[11:13]), int(after[14:16])
    first_day = True
    while True:
        if mo in mons:
            wd = (calendar.weekday(y, mo, d) + 1) % 7
            a, b = d in doms, wd in dows
            if (a or b) if not (dom_star or dow_star) else (a and b):
                for hh in hrs:
                    for mm in mins:
                        if not first_day or (hh, mm) > (h, mi):
                            return "%04d-%02d-%02d %02d:%02d" % (y, mo, d, hh, mm)
        first_day = False
        d += 1
        if d > calendar.monthrange(y, mo)[1]:
            d, mo = 1, mo + 1
            if mo > 12:
                mo, y = 1, y + 1
