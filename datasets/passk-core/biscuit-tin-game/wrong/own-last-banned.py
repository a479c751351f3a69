# mistake: bans repeating the player's own previous move instead of the other player's
from functools import cache
from typing import List
def first_player_wins(biscuits: int, moves: List[int]) -> bool:
    @cache
    def wins(left, mine, theirs):
        return any(not wins(left - k, theirs, k) for k in moves if k <= left and k != mine)
    return wins(biscuits, 0, 0)
