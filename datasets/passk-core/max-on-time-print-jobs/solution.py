import heapq
from typing import List, Tuple
def max_on_time_jobs(jobs: List[Tuple[int, int]]) -> int:
    kept = []
    finish = 0
    for duration, due in sorted(jobs, key=lambda job: job[1]):
        heapq.heappush(kept, -duration)
        finish += duration
        if finish > due:
            finish += heapq.heappop(kept)
    return len(kept)
