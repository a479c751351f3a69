# mistake: a rule also covers its end night
from typing import List, Tuple
def price_calendar(base: int, rules: List[Tuple[str, int, int, int]], lo: int, hi: int) -> List[Tuple[int, int, int]]:
    calendar = []
    for night in range(lo, hi):
        price = base
        for kind, start, end, value in rules:
            if start <= night <= end:
                price = value if kind == "set" else price * (100 - value) // 100
        if calendar and calendar[-1][2] == price:
            calendar[-1] = (calendar[-1][0], night + 1, price)
        else:
            calendar.append((night, night + 1, price))
    return calendar
