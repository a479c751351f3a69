# mistake: returns 0 instead of 1 (the empty menu) when there are no days to plan
from typing import List, Tuple
def count_menus(days: int, dishes: List[str], banned: List[Tuple[str, str]]) -> int:
    forbidden = set(banned)
    ways = {(dish, 1): 1 for dish in dishes} if days else {}
    for _ in range(days - 1):
        following = {}
        for (last, run), count in ways.items():
            for dish in dishes:
                if (last, dish) in forbidden or (dish == last and run == 2):
                    continue
                key = (dish, run + 1 if dish == last else 1)
                following[key] = following.get(key, 0) + count
        ways = following
    return sum(ways.values())
