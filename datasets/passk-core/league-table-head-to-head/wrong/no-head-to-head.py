# mistake: leaves out the head-to-head step and breaks ties in the three figures by name alone
from collections import Counter
from typing import List, Tuple
def league_table(matches: List[Tuple[str, str, int, int]]) -> List[str]:
    pts, diff, goals = Counter(), Counter(), Counter()
    for home, away, hg, ag in matches:
        for team, s, c in ((home, hg, ag), (away, ag, hg)):
            pts[team] += 3 if s > c else 1 if s == c else 0
            diff[team] += s - c
            goals[team] += s
    return sorted(pts, key=lambda t: (-pts[t], -diff[t], -goals[t], t))
