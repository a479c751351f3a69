# mistake: in the head-to-head step credits only the home team of each match between group members
from collections import Counter
from typing import List, Tuple
def league_table(matches: List[Tuple[str, str, int, int]]) -> List[str]:
    def points(s, c):
        return 3 if s > c else 1 if s == c else 0
    pts, diff, goals = Counter(), Counter(), Counter()
    for home, away, hg, ag in matches:
        for team, s, c in ((home, hg, ag), (away, ag, hg)):
            pts[team] += points(s, c)
            diff[team] += s - c
            goals[team] += s
    def key(t):
        return (pts[t], diff[t], goals[t])
    ranking = []
    for row in sorted({key(t) for t in pts}, reverse=True):
        group = [t for t in pts if key(t) == row]
        h2h = Counter()
        for home, away, hg, ag in matches:
            if home in group and away in group:
                h2h[home] += points(hg, ag)
        ranking += sorted(group, key=lambda t: (-h2h[t], t))
    return ranking
