from typing import Dict, List, Tuple


def league_table(matches: List[Tuple[str, str, int, int]]) -> List[str]:
    def result(scored: int, conceded: int) -> int:
        return (scored > conceded) * 3 + (scored == conceded)

    table: Dict[str, List[int]] = {}
    for home, away, hg, ag in matches:
        for team, scored, conceded in ((home, hg, ag), (away, ag, hg)):
            row = table.setdefault(team, [0, 0, 0])
            row[0] += result(scored, conceded)
            row[1] += scored - conceded
            row[2] += scored

    def group_of(team):
        return tuple(table[team])

    def head_to_head(team):
        group = group_of(team)
        total = 0
        for home, away, hg, ag in matches:
            if group_of(home) == group and group_of(away) == group:
                if home == team:
                    total += result(hg, ag)
                elif away == team:
                    total += result(ag, hg)
        return total

    return sorted(table, key=lambda t: ([-x for x in table[t]], -head_to_head(t), t))
