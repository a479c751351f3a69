# mistake: a streak must include today; practising only up to yesterday gives 0
from datetime import date, timedelta
def current_streak(practice_days, today):
    done = {date.fromisoformat(d) for d in practice_days}
    day = date.fromisoformat(today)
    n = 0
    while day in done:
        n += 1
        day -= timedelta(days=1)
    return n
