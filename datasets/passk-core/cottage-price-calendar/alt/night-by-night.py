from itertools import groupby
from typing import List, Tuple
def price_calendar(base: int, rules: List[Tuple[str, int, int, int]], lo: int, hi: int) -> List[Tuple[int, int, int]]:
    prices = {night: base for night in range(lo, hi)}
    for kind, start, end, value in rules:
        for night in range(max(start, lo), min(end, hi)):
            if kind == "set":
                prices[night] = value
            else:
                prices[night] = prices[night] * (100 - value) // 100
    calendar = []
    for price, nights in groupby(range(lo, hi), key=prices.get):
        nights = list(nights)
        calendar.append((nights[0], nights[-1] + 1, price))
    return calendar
