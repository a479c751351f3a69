# mistake: rounds every price before adding them up
from typing import List
def cash_total(prices: List[int]) -> int:
    return sum((price + 2) // 5 * 5 for price in prices)
