# mistake: ignores the rule against repeating the other player's last move
from typing import List
def first_player_wins(biscuits: int, moves: List[int]) -> bool:
    win = [False] * (biscuits + 1)
    for left in range(1, biscuits + 1):
        win[left] = any(k <= left and not win[left - k] for k in moves)
    return win[biscuits]
