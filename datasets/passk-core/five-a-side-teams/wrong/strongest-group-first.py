# mistake: greedy: joins friends into groups, then puts each group, strongest first, into the weaker team with room
from typing import List, Optional, Tuple
def team_gap(skills: List[int], together: List[Tuple[int, int]]) -> Optional[int]:
    group = list(range(len(skills)))
    def find(i):
        while group[i] != i:
            i = group[i]
        return i
    for i, j in together:
        group[find(i)] = find(j)
    members = {}
    for i in range(len(skills)):
        members.setdefault(find(i), []).append(i)
    groups = sorted(members.values(), key=lambda g: -sum(skills[i] for i in g))
    half = len(skills) // 2
    teams = [[0, 0], [0, 0]]  # [total, size]
    for g in groups:
        strength = sum(skills[i] for i in g)
        room = [t for t in teams if t[1] + len(g) <= half]
        if not room:
            return None
        team = min(room, key=lambda t: t[0])
        team[0] += strength
        team[1] += len(g)
    return abs(teams[0][0] - teams[1][0])
