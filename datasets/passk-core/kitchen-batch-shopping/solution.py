from typing import Dict, Tuple
def shopping_list(recipes: Dict[str, Tuple[int, Dict[str, int]]], dish: str, portions: int) -> Dict[str, int]:
    bought = {}
    def need(item, units):
        if item not in recipes:
            bought[item] = bought.get(item, 0) + units
            return
        makes, parts = recipes[item]
        batches = -(-units // makes)
        for part, per_batch in parts.items():
            need(part, per_batch * batches)
    need(dish, portions)
    return bought
