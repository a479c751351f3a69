from typing import Dict, Optional


def cheapest_cost(item: str, prices: Dict[str, int], recipes: Dict[str, Dict[str, int]]) -> Optional[int]:
    best = dict(prices)
    changed = True
    while changed:
        changed = False
        for name, parts in recipes.items():
            if all(part in best for part in parts):
                made = sum(best[part] * count for part, count in parts.items())
                if name not in best or made < best[name]:
                    best[name] = made
                    changed = True
    return best.get(item)
