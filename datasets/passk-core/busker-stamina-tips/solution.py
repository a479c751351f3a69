from typing import List, Tuple
def most_tips(songs: List[Tuple[int, int]], stamina: int, rest: int) -> int:
    best = {stamina: 0}
    for effort, tips in songs:
        after = {}
        for points, earned in best.items():
            rested = min(stamina, points + rest)
            after[rested] = max(after.get(rested, 0), earned)
            if points >= effort:
                after[points - effort] = max(after.get(points - effort, 0), earned + tips)
        best = after
    return max(best.values())
