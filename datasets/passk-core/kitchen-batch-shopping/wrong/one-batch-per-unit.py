# mistake: ignores makes, cooking one batch per unit needed
from typing import Dict, Tuple
def shopping_list(recipes: Dict[str, Tuple[int, Dict[str, int]]], dish: str, portions: int) -> Dict[str, int]:
    bought = {}
    def need(item, units):
        if item not in recipes:
            bought[item] = bought.get(item, 0) + units
            return
        for part, q in recipes[item][1].items():
            need(part, q * units)
    need(dish, portions)
    return bought
