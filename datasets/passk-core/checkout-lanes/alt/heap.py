from typing import List


def checkout_lanes(lanes: int, customers: List[List[int]]) -> List[List[int]]:
    busy_until = {lane: 0 for lane in range(lanes)}
    result = []
    for arrival, items in customers:
        choice = None
        for lane in range(lanes):
            if lane == 0 and items > 5:
                continue
            start = busy_until[lane] if busy_until[lane] > arrival else arrival
            if choice is None or start < choice[1]:
                choice = (lane, start)
        lane, start = choice
        busy_until[lane] = start + items + 2
        result.append([lane, busy_until[lane]])
    return result
