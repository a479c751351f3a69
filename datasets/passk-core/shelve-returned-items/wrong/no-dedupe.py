# mistake: lists an item every time it was returned to a shelf
from typing import Dict, List, Tuple
def shelve_returns(cart: List[Tuple[str, str]]) -> Dict[str, List[str]]:
    shelves = {}
    for item, shelf in cart:
        shelves.setdefault(shelf, []).append(item)
    return shelves
