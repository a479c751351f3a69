from typing import Dict, List, Tuple


def shelve_returns(cart: List[Tuple[str, str]]) -> Dict[str, List[str]]:
    grouped: Dict[str, dict] = {}
    for item, shelf in cart:
        grouped.setdefault(shelf, {}).setdefault(item, None)
    return {shelf: list(items) for shelf, items in grouped.items()}
