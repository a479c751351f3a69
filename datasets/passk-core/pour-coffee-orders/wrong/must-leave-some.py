# mistake: pours only when the pot holds more than the order, so the last drop is never used
from typing import List
def pour_orders(pot_ml: int, orders: List[int]) -> List[int]:
    poured = []
    for i, size in enumerate(orders):
        if size < pot_ml:
            pot_ml -= size
            poured.append(i)
    return poured
