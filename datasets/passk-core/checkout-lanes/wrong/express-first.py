# mistake: sends every customer with at most 5 items to the express lane, even when another lane is sooner
from typing import List
def checkout_lanes(lanes: int, customers: List[List[int]]) -> List[List[int]]:
    free_at = [0] * lanes
    served = []
    for arrival, items in customers:
        if items <= 5:
            lane = 0
        else:
            lane = min(range(1, lanes), key=lambda k: (max(arrival, free_at[k]), k))
        free_at[lane] = max(arrival, free_at[lane]) + items + 2
        served.append([lane, free_at[lane]])
    return served
