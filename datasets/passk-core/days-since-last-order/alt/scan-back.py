from typing import List, Optional
def days_since_last(orders: List[str]) -> List[Optional[int]]:
    gaps = []
    for day in range(len(orders)):
        gap = None
        for back in range(day - 1, -1, -1):
            if orders[back] == orders[day]:
                gap = day - back
                break
        gaps.append(gap)
    return gaps
