from typing import List


def pour_orders(pot_ml: int, orders: List[int]) -> List[int]:
    used = 0
    result = []
    for index in range(len(orders)):
        if used + orders[index] <= pot_ml:
            used += orders[index]
            result.append(index)
    return result
