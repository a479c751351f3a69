# mistake: forgets the next day, taking the earliest ferry of the day even when it has already left
from typing import List
def ferry_wait(departures: List[str], now: str) -> int:
    def m(t):
        return int(t[:2]) * 60 + int(t[3:])
    later = [m(t) - m(now) for t in departures if m(t) >= m(now)]
    return min(later) if later else abs(min(m(t) for t in departures) - m(now))
