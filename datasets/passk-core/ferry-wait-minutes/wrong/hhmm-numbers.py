# mistake: subtracts the times as four-digit numbers HHMM, as if an hour had 100 minutes
from typing import List
def ferry_wait(departures: List[str], now: str) -> int:
    arrival = int(now.replace(":", ""))
    return min((int(t.replace(":", "")) - arrival) % 2400 for t in departures)
