from typing import List
def first_player_wins(biscuits: int, moves: List[int]) -> bool:
    from functools import cache

    @cache
    def wins(left, banned):
        return any(not wins(left - k, k) for k in moves if k <= left and k != banned)

    return wins(biscuits, 0)
