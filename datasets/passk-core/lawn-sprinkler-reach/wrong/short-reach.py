# mistake: off by one, waters only cells closer than the reach
from typing import List
def watered_grass(lawn: List[str]) -> int:
    cells = [(r, c, ch) for r, row in enumerate(lawn) for c, ch in enumerate(row)]
    spr = [(r, c, int(ch)) for r, c, ch in cells if ch.isdigit()]
    return sum(1 for r, c, ch in cells if ch == "." and any(abs(r - a) + abs(c - b) < k for a, b, k in spr))
