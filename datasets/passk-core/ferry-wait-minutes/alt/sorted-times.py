from typing import List
def ferry_wait(departures: List[str], now: str) -> int:
    times = sorted(departures)
    later = [t for t in times if t >= now]
    target = later[0] if later else times[0]
    wait = (int(target[:2]) - int(now[:2])) * 60 + int(target[3:]) - int(now[3:])
    return wait if wait >= 0 else wait + 1440
