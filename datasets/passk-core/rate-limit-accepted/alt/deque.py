from collections import deque
from typing import List
def accepted_requests(times: List[int], limit: int, window: int) -> List[int]:
    recent = deque()
    accepted = []
    for t in times:
        while recent and recent[0] <= t - window:
            recent.popleft()
        if len(recent) < limit:
            recent.append(t)
            accepted.append(t)
    return accepted
