from typing import List
def cash_total(prices: List[int]) -> int:
    return (sum(prices) + 2) // 5 * 5
