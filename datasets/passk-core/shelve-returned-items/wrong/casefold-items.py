# mistake: treats items that differ only in case as the same item
from typing import Dict, List, Tuple
def shelve_returns(cart: List[Tuple[str, str]]) -> Dict[str, List[str]]:
    shelves = {}
    for item, shelf in cart:
        items = shelves.setdefault(shelf, [])
        if item.lower() not in [i.lower() for i in items]:
            items.append(item)
    return shelves
