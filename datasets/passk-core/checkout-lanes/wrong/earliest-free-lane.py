# mistake: picks the lane that became free earliest, ignoring that all lanes idle at arrival tie
from typing import List
def checkout_lanes(lanes: int, customers: List[List[int]]) -> List[List[int]]:
    free_at = [0] * lanes
    served = []
    for arrival, items in customers:
        allowed = [k for k in range(lanes) if k > 0 or items <= 5]
        lane = min(allowed, key=lambda k: (free_at[k], k))
        free_at[lane] = max(arrival, free_at[lane]) + items + 2
        served.append([lane, free_at[lane]])
    return served
