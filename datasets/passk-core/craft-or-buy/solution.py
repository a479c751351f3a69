from typing import Dict, Optional
def cheapest_cost(item: str, prices: Dict[str, int], recipes: Dict[str, Dict[str, int]]) -> Optional[int]:
    from functools import cache

    @cache
    def cost(name):
        options = []
        if name in prices:
            options.append(prices[name])
        if name in recipes:
            parts = [(cost(part), count) for part, count in recipes[name].items()]
            if all(each is not None for each, _ in parts):
                options.append(sum(each * count for each, count in parts))
        return min(options, default=None)

    return cost(item)
