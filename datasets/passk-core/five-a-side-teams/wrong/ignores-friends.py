# mistake: ignores the pairs that must stay together
from itertools import combinations
from typing import List, Optional, Tuple
def team_gap(skills: List[int], together: List[Tuple[int, int]]) -> Optional[int]:
    total = sum(skills)
    return min(abs(total - 2 * sum(skills[i] for i in team)) for team in combinations(range(len(skills)), len(skills) // 2))
