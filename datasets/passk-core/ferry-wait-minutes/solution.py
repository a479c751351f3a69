from typing import List
def ferry_wait(departures: List[str], now: str) -> int:
    def minute_of_day(clock):
        hours, minutes = clock.split(":")
        return int(hours) * 60 + int(minutes)
    arrival = minute_of_day(now)
    return min((minute_of_day(t) - arrival) % (24 * 60) for t in departures)
