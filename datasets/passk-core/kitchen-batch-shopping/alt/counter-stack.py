from collections import Counter
from typing import Dict, Tuple
def shopping_list(recipes: Dict[str, Tuple[int, Dict[str, int]]], dish: str, portions: int) -> Dict[str, int]:
    result = Counter()
    stack = [(dish, portions)]
    while stack:
        item, units = stack.pop()
        if item in recipes:
            makes, parts = recipes[item]
            batches = (units + makes - 1) // makes
            stack.extend((p, q * batches) for p, q in parts.items())
        else:
            result[item] += units
    return dict(result)
