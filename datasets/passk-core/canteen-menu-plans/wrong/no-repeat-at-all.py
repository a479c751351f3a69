# mistake: reads the rule as "never the same dish two days running" instead of three
from typing import List, Tuple
def count_menus(days: int, dishes: List[str], banned: List[Tuple[str, str]]) -> int:
    if days == 0:
        return 1
    forbidden = set(banned)
    ways = {dish: 1 for dish in dishes}
    for _ in range(days - 1):
        ways = {
            dish: sum(c for last, c in ways.items() if last != dish and (last, dish) not in forbidden)
            for dish in dishes
        }
    return sum(ways.values())
