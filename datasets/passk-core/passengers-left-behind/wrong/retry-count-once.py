# mistake: people left behind wait for the next stop and try again; only those who never board count
from typing import List
def passengers_left_behind(capacity: int, stops: List[List[int]]) -> int:
    on_board = 0
    waiting_over = 0
    for getting_off, waiting in stops:
        on_board = max(0, on_board - getting_off)
        queue = waiting + waiting_over
        boarding = min(queue, capacity - on_board)
        on_board += boarding
        waiting_over = queue - boarding
    return waiting_over
