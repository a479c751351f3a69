# mistake: each entry counts everyone down to that level instead of only the people on it
from typing import Dict, List
def levels_below(boss_of: Dict[str, str], name: str) -> List[int]:
    counts = []
    level = {name}
    total = 0
    while True:
        level = {person for person, boss in boss_of.items() if boss in level}
        if not level:
            return counts
        total += len(level)
        counts.append(total)
