from typing import List
def passengers_left_behind(capacity: int, stops: List[List[int]]) -> int:
    on_board = 0
    left_behind = 0
    for getting_off, waiting in stops:
        on_board = max(0, on_board - getting_off)
        boarding = min(waiting, capacity - on_board)
        on_board += boarding
        left_behind += waiting - boarding
    return left_behind
