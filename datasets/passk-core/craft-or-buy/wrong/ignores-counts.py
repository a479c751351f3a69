# mistake: counts one copy of each part, ignoring how many of it the recipe needs
from typing import Dict, Optional
def cheapest_cost(item: str, prices: Dict[str, int], recipes: Dict[str, Dict[str, int]]) -> Optional[int]:
    def cost(name):
        options = []
        if name in prices:
            options.append(prices[name])
        if name in recipes:
            parts = [cost(part) for part in recipes[name]]
            if None not in parts:
                options.append(sum(parts))
        return min(options, default=None)
    return cost(item)
