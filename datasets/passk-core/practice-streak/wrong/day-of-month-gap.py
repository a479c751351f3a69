# mistake: compares day-of-month numbers, so a streak breaks at the start of a month
def current_streak(practice_days, today):
    done = set(practice_days)
    y, m, d = today.split("-")
    d = int(d)
    if today not in done:
        d -= 1
    n = 0
    while d >= 1 and f"{y}-{m}-{d:02d}" in done:
        n += 1
        d -= 1
    return n
