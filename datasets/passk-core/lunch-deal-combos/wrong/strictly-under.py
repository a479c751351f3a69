# mistake: counts deals strictly under the budget instead of at most the budget
from itertools import product
from typing import List
def count_lunch_deals(menu: List[List[int]], budget: int) -> int:
    return sum(1 for deal in product(*menu) if sum(deal) < budget)
