# mistake: counts every earlier request in the window, rejected ones included
from typing import List
def accepted_requests(times: List[int], limit: int, window: int) -> List[int]:
    accepted = []
    for i, t in enumerate(times):
        recent = sum(1 for s in times[:i] if s > t - window)
        if recent < limit:
            accepted.append(t)
    return accepted
