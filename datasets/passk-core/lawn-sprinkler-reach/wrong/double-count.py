# mistake: counts a cell once for every sprinkler that reaches it
from typing import List
def watered_grass(lawn: List[str]) -> int:
    cells = [(r, c, ch) for r, row in enumerate(lawn) for c, ch in enumerate(row)]
    spr = [(r, c, int(ch)) for r, c, ch in cells if ch.isdigit()]
    return sum(1 for r, c, ch in cells for a, b, k in spr if ch == "." and abs(r - a) + abs(c - b) <= k)
