# mistake: scales the parts by units / makes without rounding up to whole batches
from typing import Dict, Tuple
def shopping_list(recipes: Dict[str, Tuple[int, Dict[str, int]]], dish: str, portions: int) -> Dict[str, int]:
    bought = {}
    def need(item, units):
        if item not in recipes:
            bought[item] = bought.get(item, 0) + units
            return
        makes, parts = recipes[item]
        for part, q in parts.items():
            need(part, q * units / makes)
    need(dish, portions)
    return {k: round(v) if v == int(v) else v for k, v in bought.items()}
