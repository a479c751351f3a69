from typing import Dict, List
def levels_below(boss_of: Dict[str, str], name: str) -> List[int]:
    counts = []
    level = {name}
    while True:
        level = {person for person, boss in boss_of.items() if boss in level}
        if not level:
            return counts
        counts.append(len(level))
