# mistake: reports the start of every window of min_days dry days, not only where each spell starts
from typing import List
def dry_spell_starts(rain: List[int], limit: int, min_days: int) -> List[int]:
    return [
        start
        for start in range(len(rain) - min_days + 1)
        if all(mm <= limit for mm in rain[start : start + min_days])
    ]
