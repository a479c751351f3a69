from collections import Counter
from typing import List, Tuple
def league_table(matches: List[Tuple[str, str, int, int]]) -> List[str]:
    def points(scored, conceded):
        if scored > conceded:
            return 3
        if scored == conceded:
            return 1
        return 0
    earned, difference, goals = Counter(), Counter(), Counter()
    for home, away, home_goals, away_goals in matches:
        for team, scored, conceded in ((home, home_goals, away_goals), (away, away_goals, home_goals)):
            earned[team] += points(scored, conceded)
            difference[team] += scored - conceded
            goals[team] += scored
    groups = {}
    for team in earned:
        groups.setdefault((earned[team], difference[team], goals[team]), []).append(team)
    ranking = []
    for row in sorted(groups, reverse=True):
        members = groups[row]
        head_to_head = Counter()
        for home, away, home_goals, away_goals in matches:
            if home in members and away in members:
                head_to_head[home] += points(home_goals, away_goals)
                head_to_head[away] += points(away_goals, home_goals)
        ranking.extend(sorted(members, key=lambda team: (-head_to_head[team], team)))
    return ranking
