# mistake: a menu with no courses has no deals
from itertools import product
from typing import List
def count_lunch_deals(menu: List[List[int]], budget: int) -> int:
    if not menu:
        return 0
    return sum(1 for deal in product(*menu) if sum(deal) <= budget)
