from typing import List
def checkout_lanes(lanes: int, customers: List[List[int]]) -> List[List[int]]:
    free_at = [0] * lanes
    served = []
    for arrival, items in customers:
        start, lane = min(
            (max(arrival, free_at[lane]), lane)
            for lane in range(lanes)
            if lane > 0 or items <= 5
        )
        finish = start + items + 2
        free_at[lane] = finish
        served.append([lane, finish])
    return served
