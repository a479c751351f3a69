# mistake: walks up towards the head (one per boss above) instead of down to the reports
from typing import Dict, List
def levels_below(boss_of: Dict[str, str], name: str) -> List[int]:
    counts = []
    while name in boss_of:
        name = boss_of[name]
        counts.append(1)
    return counts
