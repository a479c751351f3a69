# mistake: a gap of exactly max_gap seconds starts a new session (>= instead of >)
from typing import Dict, List, Tuple
def count_sessions(events: List[Tuple[str, int]], max_gap: int) -> Dict[str, int]:
    times = {}
    for user, time in events:
        times.setdefault(user, []).append(time)
    result = {}
    for user, seen in times.items():
        seen.sort()
        result[user] = 1 + sum(1 for a, b in zip(seen, seen[1:]) if b - a >= max_gap)
    return result
