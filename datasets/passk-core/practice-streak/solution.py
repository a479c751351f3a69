from typing import List
def current_streak(practice_days: List[str], today: str) -> int:
    from datetime import date, timedelta

    practised = {date.fromisoformat(day) for day in practice_days}
    day = date.fromisoformat(today)
    if day not in practised:
        day -= timedelta(days=1)
    streak = 0
    while day in practised:
        streak += 1
        day -= timedelta(days=1)
    return streak
