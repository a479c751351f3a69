# mistake: the window also covers second t - window (one second too wide)
from typing import List
def accepted_requests(times: List[int], limit: int, window: int) -> List[int]:
    accepted = []
    for t in times:
        recent = sum(1 for s in accepted if s >= t - window)
        if recent < limit:
            accepted.append(t)
    return accepted
