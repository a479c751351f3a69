from typing import List
def count_lunch_deals(menu: List[List[int]], budget: int) -> int:
    from itertools import product

    return sum(1 for deal in product(*menu) if sum(deal) <= budget)
