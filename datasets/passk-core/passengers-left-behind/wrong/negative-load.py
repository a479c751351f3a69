# mistake: subtracts getting_off without stopping at zero, so the shuttle can carry a negative load
from typing import List
def passengers_left_behind(capacity: int, stops: List[List[int]]) -> int:
    on_board = 0
    behind = 0
    for getting_off, waiting in stops:
        on_board -= getting_off
        boarding = min(waiting, capacity - on_board)
        on_board += boarding
        behind += waiting - boarding
    return behind
