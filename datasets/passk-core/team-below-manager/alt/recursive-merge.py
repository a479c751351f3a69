from typing import Dict, List
def levels_below(boss_of: Dict[str, str], name: str) -> List[int]:
    result = []
    for person, boss in boss_of.items():
        if boss == name:
            below = [1] + levels_below(boss_of, person)
            for depth, count in enumerate(below):
                if depth < len(result):
                    result[depth] += count
                else:
                    result.append(count)
    return result
