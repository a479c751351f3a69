from typing import Dict, List


def count_choices(menu: Dict[str, List[List[str]]], item: str) -> int:
    known = {}

    def ways(name):
        if name not in menu:
            return 1
        if name not in known:
            total = 0
            for option in menu[name]:
                product = 1
                for part in option:
                    product *= ways(part)
                total += product
            known[name] = total
        return known[name]

    return ways(item)
