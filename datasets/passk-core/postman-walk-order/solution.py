from typing import List
def delivery_order(houses: List[int]) -> List[int]:
    odd = sorted(h for h in houses if h % 2 == 1)
    even = sorted((h for h in houses if h % 2 == 0), reverse=True)
    return odd + even
