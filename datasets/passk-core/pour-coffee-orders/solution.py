from typing import List
def pour_orders(pot_ml: int, orders: List[int]) -> List[int]:
    poured = []
    left = pot_ml
    for position, size in enumerate(orders):
        if size <= left:
            left -= size
            poured.append(position)
    return poured
