# mistake: keeps an item only for the first shelf it was returned to, though each shelf is separate
from typing import Dict, List, Tuple
def shelve_returns(cart: List[Tuple[str, str]]) -> Dict[str, List[str]]:
    seen = set()
    shelves = {}
    for item, shelf in cart:
        if item not in seen:
            seen.add(item)
            shelves.setdefault(shelf, []).append(item)
    return shelves
