# mistake: starts on the even side (up the street) and comes back down the odd side
from typing import List
def delivery_order(houses: List[int]) -> List[int]:
    even = sorted(h for h in houses if h % 2 == 0)
    odd = sorted((h for h in houses if h % 2 == 1), reverse=True)
    return even + odd
