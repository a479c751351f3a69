# mistake: stops at the first order that does not fit, though later smaller orders may still be poured
from typing import List
def pour_orders(pot_ml: int, orders: List[int]) -> List[int]:
    poured = []
    for i, size in enumerate(orders):
        if size > pot_ml:
            break
        pot_ml -= size
        poured.append(i)
    return poured
