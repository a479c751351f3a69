# mistake: rounds a discounted price to the nearest whole number instead of down
from typing import List, Tuple
def price_calendar(base: int, rules: List[Tuple[str, int, int, int]], lo: int, hi: int) -> List[Tuple[int, int, int]]:
    points = sorted({lo, hi} | {min(max(n, lo), hi) for _, s, e, _ in rules for n in (s, e)})
    calendar = []
    for left, right in zip(points, points[1:]):
        price = base
        for kind, start, end, value in rules:
            if start <= left < end:
                price = value if kind == "set" else round(price * (100 - value) / 100)
        if calendar and calendar[-1][2] == price:
            calendar[-1] = (calendar[-1][0], right, price)
        else:
            calendar.append((left, right, price))
    return calendar
