from typing import List


def first_player_wins(biscuits: int, moves: List[int]) -> bool:
    # win[left][b]: the player to move wins with left biscuits when the last move took b (0 = none)
    banned_values = [0] + list(moves)
    win = []
    for left in range(biscuits + 1):
        row = {}
        for banned in banned_values:
            row[banned] = any(
                k <= left and k != banned and not win[left - k][k] for k in moves
            )
        win.append(row)
    return win[biscuits][0]
