# mistake: adds the ways of the names in an option instead of multiplying them
from functools import cache
from typing import Dict, List
def count_choices(menu: Dict[str, List[List[str]]], item: str) -> int:
    @cache
    def ways(name):
        if name not in menu:
            return 1
        return sum(sum(ways(part) for part in option) for option in menu[name])
    return ways(item)
