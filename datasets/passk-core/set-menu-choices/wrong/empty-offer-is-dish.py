# mistake: an offer with no options is treated like a dish (one way) instead of impossible
from functools import cache
from math import prod
from typing import Dict, List
def count_choices(menu: Dict[str, List[List[str]]], item: str) -> int:
    @cache
    def ways(name):
        if not menu.get(name):
            return 1
        return sum(prod(ways(part) for part in option) for option in menu[name])
    return ways(item)
