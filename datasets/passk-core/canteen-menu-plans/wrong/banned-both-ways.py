# mistake: treats a banned pair as forbidding the two dishes next to each other in either order
from typing import List, Tuple
def count_menus(days: int, dishes: List[str], banned: List[Tuple[str, str]]) -> int:
    if days == 0:
        return 1
    forbidden = set(banned) | {(b, a) for a, b in banned}
    ways = {(dish, 1): 1 for dish in dishes}
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
