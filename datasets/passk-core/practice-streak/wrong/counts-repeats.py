# mistake: walks the sorted list counting entries one day apart or equal, so repeated days are counted again
from datetime import date
def current_streak(practice_days, today):
    days = sorted((date.fromisoformat(d) for d in practice_days), reverse=True)
    t = date.fromisoformat(today)
    if not days or (t - days[0]).days > 1:
        return 0
    n = 1
    for a, b in zip(days, days[1:]):
        if (a - b).days > 1:
            break
        n += 1
    return n
