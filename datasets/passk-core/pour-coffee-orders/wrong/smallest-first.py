# mistake: serves the smallest orders first to pour as many cups as possible, not in list order
from typing import List
def pour_orders(pot_ml: int, orders: List[int]) -> List[int]:
    poured = []
    for i in sorted(range(len(orders)), key=lambda i: orders[i]):
        if orders[i] <= pot_ml:
            pot_ml -= orders[i]
            poured.append(i)
    return sorted(poured)
