from typing import List, Optional, Tuple


def busiest_window(arrivals: List[int], width: int) -> Optional[Tuple[int, int]]:
    if not arrivals:
        return None
    result = None
    for start in sorted(set(arrivals)):
        covered = len([minute for minute in arrivals if start <= minute <= start + width - 1])
        if result is None or covered > result[1]:
            result = (start, covered)
    return result
