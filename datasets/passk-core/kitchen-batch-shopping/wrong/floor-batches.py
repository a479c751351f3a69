# mistake: rounds the number of batches down instead of up
from typing import Dict, Tuple
def shopping_list(recipes: Dict[str, Tuple[int, Dict[str, int]]], dish: str, portions: int) -> Dict[str, int]:
    bought = {}
    def need(item, units):
        if item not in recipes:
            bought[item] = bought.get(item, 0) + units
            return
        makes, parts = recipes[item]
        batches = max(1, units // makes)
        for part, q in parts.items():
            need(part, q * batches)
    need(dish, portions)
    return bought
