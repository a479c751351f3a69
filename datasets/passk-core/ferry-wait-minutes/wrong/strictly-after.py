# mistake: a ferry leaving exactly at the arrival time is treated as missed
from typing import List
def ferry_wait(departures: List[str], now: str) -> int:
    def m(t):
        return int(t[:2]) * 60 + int(t[3:])
    waits = [(m(t) - m(now)) % 1440 for t in departures]
    return min(w if w > 0 else 1440 for w in waits)
