# mistake: adds up every need for an item first and cooks it once, so leftovers are shared
from typing import Dict, Tuple
def shopping_list(recipes: Dict[str, Tuple[int, Dict[str, int]]], dish: str, portions: int) -> Dict[str, int]:
    order = []
    seen = set()
    def visit(item):
        if item in seen:
            return
        seen.add(item)
        for part in recipes.get(item, (1, {}))[1]:
            visit(part)
        order.append(item)
    visit(dish)
    demand = {dish: portions}
    for item in reversed(order):
        units = demand.get(item, 0)
        if item in recipes and units:
            makes, parts = recipes[item]
            batches = -(-units // makes)
            for part, q in parts.items():
                demand[part] = demand.get(part, 0) + q * batches
    return {k: v for k, v in demand.items() if k not in recipes}
