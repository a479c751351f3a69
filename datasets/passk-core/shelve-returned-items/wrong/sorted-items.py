# mistake: sorts each shelf's items instead of keeping the order they were first returned
from typing import Dict, List, Tuple
def shelve_returns(cart: List[Tuple[str, str]]) -> Dict[str, List[str]]:
    shelves = {}
    for item, shelf in cart:
        shelves.setdefault(shelf, set()).add(item)
    return {shelf: sorted(items) for shelf, items in shelves.items()}
