# mistake: starts the list with the person themself, as a level of one
from typing import Dict, List
def levels_below(boss_of: Dict[str, str], name: str) -> List[int]:
    counts = [1]
    level = {name}
    while True:
        level = {person for person, boss in boss_of.items() if boss in level}
        if not level:
            return counts
        counts.append(len(level))
