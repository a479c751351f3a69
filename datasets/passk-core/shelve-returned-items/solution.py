from typing import Dict, List, Tuple
def shelve_returns(cart: List[Tuple[str, str]]) -> Dict[str, List[str]]:
    shelves = {}
    for item, shelf in cart:
        items = shelves.setdefault(shelf, [])
        if item not in items:
            items.append(item)
    return shelves
