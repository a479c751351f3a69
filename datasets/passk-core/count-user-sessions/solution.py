from typing import Dict, List, Tuple
def count_sessions(events: List[Tuple[str, int]], max_gap: int) -> Dict[str, int]:
    times_by_user = {}
    for user, time in events:
        times_by_user.setdefault(user, []).append(time)
    sessions = {}
    for user, times in times_by_user.items():
        times.sort()
        count = 1
        for previous, current in zip(times, times[1:]):
            if current - previous > max_gap:
                count += 1
        sessions[user] = count
    return sessions
