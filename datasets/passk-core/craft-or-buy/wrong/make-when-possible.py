# mistake: always makes an item that has a recipe, buying only items it cannot make
from typing import Dict, Optional
def cheapest_cost(item: str, prices: Dict[str, int], recipes: Dict[str, Dict[str, int]]) -> Optional[int]:
    def cost(name):
        if name in recipes:
            parts = [(cost(part), count) for part, count in recipes[name].items()]
            if all(each is not None for each, _ in parts):
                return sum(each * count for each, count in parts)
        return prices.get(name)
    return cost(item)
