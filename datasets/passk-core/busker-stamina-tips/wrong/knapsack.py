# mistake: a plain knapsack over the starting stamina, forgetting that sitting a song out restores points
from typing import List, Tuple
def most_tips(songs: List[Tuple[int, int]], stamina: int, rest: int) -> int:
    best = [0] * (stamina + 1)
    for effort, tips in songs:
        for cap in range(stamina, effort - 1, -1):
            best[cap] = max(best[cap], best[cap - effort] + tips)
    return best[stamina]
