from functools import lru_cache
from typing import List, Tuple
def count_menus(days: int, dishes: List[str], banned: List[Tuple[str, str]]) -> int:
    forbidden = set(banned)

    @lru_cache(maxsize=None)
    def extend(left: int, before: str, last: str) -> int:
        if left == 0:
            return 1
        return sum(
            extend(left - 1, last, dish)
            for dish in dishes
            if (last, dish) not in forbidden and not (dish == last == before)
        )

    if days == 0:
        return 1
    return sum(extend(days - 1, "", dish) for dish in dishes)
