import datetime
from typing import List
def current_streak(practice_days: List[str], today: str) -> int:
    nums = sorted({datetime.date.fromisoformat(d).toordinal() for d in practice_days}, reverse=True)
    t = datetime.date.fromisoformat(today).toordinal()
    if not nums or nums[0] < t - 1:
        return 0
    count = 1
    for prev, cur in zip(nums, nums[1:]):
        if prev - cur != 1:
            break
        count += 1
    return count
