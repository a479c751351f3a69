# mistake: always rounds up to the next multiple of 5
from typing import List
def cash_total(prices: List[int]) -> int:
    return -(-sum(prices) // 5) * 5
