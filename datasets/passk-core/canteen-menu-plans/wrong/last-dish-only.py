# mistake: remembers only yesterday's dish, so it checks the three-in-a-row rule against the wrong day
from typing import List, Tuple
def count_menus(days: int, dishes: List[str], banned: List[Tuple[str, str]]) -> int:
    if days == 0:
        return 1
    forbidden = set(banned)
    ways = {dish: 1 for dish in dishes}
    for day in range(1, days):
        new = {}
        for dish in dishes:
            total = 0
            for last, c in ways.items():
                if (last, dish) in forbidden:
                    continue
                if last == dish and day >= 2:
                    continue
                total += c
            new[dish] = total
        ways = new
    return sum(ways.values())
