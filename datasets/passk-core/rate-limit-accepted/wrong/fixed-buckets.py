# mistake: uses fixed windows (t // window) instead of a window sliding with each request
from typing import List
def accepted_requests(times: List[int], limit: int, window: int) -> List[int]:
    per_bucket = {}
    accepted = []
    for t in times:
        bucket = t // window
        if per_bucket.get(bucket, 0) < limit:
            per_bucket[bucket] = per_bucket.get(bucket, 0) + 1
            accepted.append(t)
    return accepted
