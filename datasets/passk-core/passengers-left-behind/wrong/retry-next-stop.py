# mistake: people left behind keep waiting and try again at the next stop
from typing import List
def passengers_left_behind(capacity: int, stops: List[List[int]]) -> int:
    on_board = 0
    behind = 0
    total = 0
    for getting_off, waiting in stops:
        on_board = max(0, on_board - getting_off)
        waiting += behind
        boarding = min(waiting, capacity - on_board)
        on_board += boarding
        behind = waiting - boarding
        total += behind
    return total
