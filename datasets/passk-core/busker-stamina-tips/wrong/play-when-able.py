# mistake: greedy, plays every song it has the stamina for and rests only when it must
from typing import List, Tuple
def most_tips(songs: List[Tuple[int, int]], stamina: int, rest: int) -> int:
    points, earned = stamina, 0
    for effort, tips in songs:
        if points >= effort:
            points -= effort
            earned += tips
        else:
            points = min(stamina, points + rest)
    return earned
