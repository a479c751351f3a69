# mistake: treats user names that differ only in case as the same user
from typing import Dict, List, Tuple
def count_sessions(events: List[Tuple[str, int]], max_gap: int) -> Dict[str, int]:
    times = {}
    names = {}
    for user, time in events:
        times.setdefault(user.lower(), []).append(time)
        names.setdefault(user.lower(), user)
    result = {}
    for key, seen in times.items():
        seen.sort()
        result[names[key]] = 1 + sum(1 for a, b in zip(seen, seen[1:]) if b - a > max_gap)
    return result
