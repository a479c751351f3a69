# mistake: reorders each member's calls to phone the slowest branch first instead of keeping the given order
from typing import Dict, List
def last_to_hear(calls: Dict[str, List[str]], start: str) -> int:
    def span(member):
        times = sorted((span(c) for c in calls.get(member, [])), reverse=True)
        return max([0] + [i + t for i, t in enumerate(times, 1)])
    return span(start)
