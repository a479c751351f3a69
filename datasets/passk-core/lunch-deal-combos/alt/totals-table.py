from collections import Counter
from typing import List


def count_lunch_deals(menu: List[List[int]], budget: int) -> int:
    ways = Counter({0: 1})
    for course in menu:
        nxt = Counter()
        for total, count in ways.items():
            for price in course:
                if total + price <= budget:
                    nxt[total + price] += count
        ways = nxt
    return sum(ways.values())
