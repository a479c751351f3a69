# mistake: lets the waiting people board before the leaving passengers get off
from typing import List
def passengers_left_behind(capacity: int, stops: List[List[int]]) -> int:
    on_board = 0
    behind = 0
    for getting_off, waiting in stops:
        boarding = min(waiting, capacity - on_board)
        behind += waiting - boarding
        on_board = max(0, on_board + boarding - getting_off)
    return behind
