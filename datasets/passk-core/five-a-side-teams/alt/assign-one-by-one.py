from typing import List, Optional, Tuple


def team_gap(skills: List[int], together: List[Tuple[int, int]]) -> Optional[int]:
    n = len(skills)
    side = [0] * n
    gaps = []

    def place(player, size_a):
        if player == n:
            if size_a == n // 2 and all(side[i] == side[j] for i, j in together):
                sum_a = sum(s for s, where in zip(skills, side) if where == 1)
                gaps.append(abs(2 * sum_a - sum(skills)))
            return
        for where in (0, 1):
            side[player] = where
            place(player + 1, size_a + where)

    place(0, 0)
    return min(gaps, default=None)
