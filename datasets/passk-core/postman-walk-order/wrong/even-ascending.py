# mistake: sorts the even side in increasing order too
from typing import List
def delivery_order(houses: List[int]) -> List[int]:
    return sorted(houses, key=lambda h: (h % 2 == 0, h))
