# mistake: counts the days strictly between the two orders (one too few)
from typing import List, Optional
def days_since_last(orders: List[str]) -> List[Optional[int]]:
    last_day = {}
    gaps = []
    for day, name in enumerate(orders):
        gaps.append(day - last_day[name] - 1 if name in last_day else None)
        last_day[name] = day
    return gaps
