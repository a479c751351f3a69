# mistake: sorts all events by time and measures each gap from the previous event of any user
from typing import Dict, List, Tuple
def count_sessions(events: List[Tuple[str, int]], max_gap: int) -> Dict[str, int]:
    result = {}
    previous = None
    for user, time in sorted(events, key=lambda e: e[1]):
        if user not in result:
            result[user] = 1
        elif time - previous > max_gap:
            result[user] += 1
        previous = time
    return result
