# mistake: off by one on the express lane: only customers with fewer than 5 items may use it
from typing import List
def checkout_lanes(lanes: int, customers: List[List[int]]) -> List[List[int]]:
    free_at = [0] * lanes
    served = []
    for arrival, items in customers:
        start, lane = min((max(arrival, free_at[k]), k) for k in range(lanes) if k > 0 or items < 5)
        free_at[lane] = start + items + 2
        served.append([lane, free_at[lane]])
    return served
