# mistake: requires more stamina than the effort, so a song that would use the last point is never played
from functools import lru_cache
from typing import List, Tuple
def most_tips(songs: List[Tuple[int, int]], stamina: int, rest: int) -> int:
    @lru_cache(maxsize=None)
    def go(i, points):
        if i == len(songs):
            return 0
        effort, tips = songs[i]
        best = go(i + 1, min(stamina, points + rest))
        if effort < points:
            best = max(best, tips + go(i + 1, points - effort))
        return best
    return go(0, stamina)
