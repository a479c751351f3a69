from itertools import groupby
from typing import Dict, List, Tuple


def count_sessions(events: List[Tuple[str, int]], max_gap: int) -> Dict[str, int]:
    result: Dict[str, int] = {}
    for user, group in groupby(sorted(events), key=lambda event: event[0]):
        last = None
        for _, time in group:
            if last is None or time - last > max_gap:
                result[user] = result.get(user, 0) + 1
            last = time
    return result
