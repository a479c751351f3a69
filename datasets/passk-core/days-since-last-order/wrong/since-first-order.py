# mistake: counts from the customer's first order instead of the previous one
from typing import List, Optional
def days_since_last(orders: List[str]) -> List[Optional[int]]:
    gaps = []
    for day, name in enumerate(orders):
        first = orders.index(name)
        gaps.append(day - first if first < day else None)
    return gaps
