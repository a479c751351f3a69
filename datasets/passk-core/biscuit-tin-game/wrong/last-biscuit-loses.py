# mistake: plays it as "whoever takes the last biscuit loses"
from functools import cache
from typing import List
def first_player_wins(biscuits: int, moves: List[int]) -> bool:
    @cache
    def wins(left, banned):
        if left == 0:
            return True
        return any(not wins(left - k, k) for k in moves if k <= left and k != banned)
    return wins(biscuits, 0)
