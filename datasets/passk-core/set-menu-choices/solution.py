from typing import Dict, List
def count_choices(menu: Dict[str, List[List[str]]], item: str) -> int:
    from functools import cache
    from math import prod

    @cache
    def ways(name):
        if name not in menu:
            return 1
        return sum(prod(ways(part) for part in option) for option in menu[name])

    return ways(item)
