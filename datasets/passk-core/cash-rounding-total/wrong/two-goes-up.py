# mistake: off by one at the boundary, so totals ending in 2 or 7 are rounded up
from typing import List
def cash_total(prices: List[int]) -> int:
    return (sum(prices) + 3) // 5 * 5
