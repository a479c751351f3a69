# mistake: returns the longest run of consecutive days anywhere, not the one reaching today or yesterday
from datetime import date, timedelta
def current_streak(practice_days, today):
    done = {date.fromisoformat(d) for d in practice_days}
    best = 0
    for d in done:
        if d - timedelta(days=1) not in done:
            n = 0
            while d in done:
                n += 1
                d += timedelta(days=1)
            best = max(best, n)
    return best
