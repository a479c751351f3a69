# mistake: when a recipe's part cannot be got, gives up on the item even if it can be bought
from typing import Dict, Optional
def cheapest_cost(item: str, prices: Dict[str, int], recipes: Dict[str, Dict[str, int]]) -> Optional[int]:
    def cost(name):
        if name in recipes:
            parts = [(cost(part), count) for part, count in recipes[name].items()]
            if any(each is None for each, _ in parts):
                return None
            made = sum(each * count for each, count in parts)
            return min(made, prices[name]) if name in prices else made
        return prices.get(name)
    return cost(item)
