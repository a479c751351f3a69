# mistake: compares each event with the user's previous event in input order, without sorting the times
from typing import Dict, List, Tuple
def count_sessions(events: List[Tuple[str, int]], max_gap: int) -> Dict[str, int]:
    last = {}
    result = {}
    for user, time in events:
        if user not in last or abs(time - last[user]) > max_gap:
            result[user] = result.get(user, 0) + 1
        last[user] = time
    return result
