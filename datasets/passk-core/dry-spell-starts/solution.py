from typing import List
def dry_spell_starts(rain: List[int], limit: int, min_days: int) -> List[int]:
    from itertools import groupby

    starts = []
    day = 0
    for dry, group in groupby(rain, key=lambda mm: mm <= limit):
        length = len(list(group))
        if dry and length >= min_days:
            starts.append(day)
        day += length
    return starts
