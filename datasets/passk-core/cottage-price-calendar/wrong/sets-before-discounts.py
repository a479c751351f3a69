# mistake: applies all "set" rules first and the "off" rules after them, ignoring list order
from typing import List, Tuple
def price_calendar(base: int, rules: List[Tuple[str, int, int, int]], lo: int, hi: int) -> List[Tuple[int, int, int]]:
    ordered = [r for r in rules if r[0] == "set"] + [r for r in rules if r[0] == "off"]
    points = sorted({lo, hi} | {min(max(n, lo), hi) for _, s, e, _ in rules for n in (s, e)})
    calendar = []
    for left, right in zip(points, points[1:]):
        price = base
        for kind, start, end, value in ordered:
            if start <= left < end:
                price = value if kind == "set" else price * (100 - value) // 100
        if calendar and calendar[-1][2] == price:
            calendar[-1] = (calendar[-1][0], right, price)
        else:
            calendar.append((left, right, price))
    return calendar
