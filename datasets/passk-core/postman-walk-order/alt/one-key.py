from typing import List
def delivery_order(houses: List[int]) -> List[int]:
    return sorted(houses, key=lambda h: h if h % 2 else 10**30 - h)
