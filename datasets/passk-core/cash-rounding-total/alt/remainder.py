from typing import List
def cash_total(prices: List[int]) -> int:
    total = sum(prices)
    remainder = total % 5
    if remainder <= 2:
        return total - remainder
    return total + 5 - remainder
