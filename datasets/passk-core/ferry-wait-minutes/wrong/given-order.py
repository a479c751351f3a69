# mistake: assumes the departures are listed in time order and takes the first one not before now
from typing import List
def ferry_wait(departures: List[str], now: str) -> int:
    def m(t):
        return int(t[:2]) * 60 + int(t[3:])
    for t in departures:
        if m(t) >= m(now):
            return m(t) - m(now)
    return m(departures[0]) + 1440 - m(now)
