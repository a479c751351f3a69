# mistake: items with the same price in a course are counted once
from itertools import product
from typing import List
def count_lunch_deals(menu: List[List[int]], budget: int) -> int:
    return sum(1 for deal in product(*(set(course) for course in menu)) if sum(deal) <= budget)
