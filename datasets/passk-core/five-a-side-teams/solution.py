from typing import List, Optional, Tuple
def team_gap(skills: List[int], together: List[Tuple[int, int]]) -> Optional[int]:
    from itertools import combinations

    total = sum(skills)
    best = None
    for team in combinations(range(len(skills)), len(skills) // 2):
        members = set(team)
        if all((i in members) == (j in members) for i, j in together):
            gap = abs(total - 2 * sum(skills[i] for i in team))
            if best is None or gap < best:
                best = gap
    return best
