# mistake: follows only the first direct report down at each level instead of the whole level
from typing import Dict, List
def levels_below(boss_of: Dict[str, str], name: str) -> List[int]:
    reports = [person for person, boss in boss_of.items() if boss == name]
    if not reports:
        return []
    return [len(reports)] + levels_below(boss_of, reports[0])
