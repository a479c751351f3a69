# mistake: a day is dry only when its rainfall is strictly below limit
from typing import List
def dry_spell_starts(rain: List[int], limit: int, min_days: int) -> List[int]:
    starts = []
    run = 0
    for day, mm in enumerate(rain + [limit]):
        if mm < limit:
            run += 1
        else:
            if run >= min_days:
                starts.append(day - run)
            run = 0
    return starts
