from typing import List
def watered_grass(lawn: List[str]) -> int:
    cells = [(r, c, ch) for r, row in enumerate(lawn) for c, ch in enumerate(row)]
    sprinklers = [(r, c, int(ch)) for r, c, ch in cells if ch.isdigit()]
    return sum(1 for r, c, ch in cells
               if ch == "." and any(abs(r - sr) + abs(c - sc) <= reach for sr, sc, reach in sprinklers))
