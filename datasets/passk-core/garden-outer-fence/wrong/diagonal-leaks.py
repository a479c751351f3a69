# mistake: lets empty squares join through corners too, so diagonal gaps leak outside
from typing import List, Tuple
def outer_fence(squares: List[Tuple[int, int]]) -> Tuple[int, int]:
    garden = set(squares)
    if not garden:
        return (0, 0)
    x0, x1 = min(x for x, _ in garden) - 1, max(x for x, _ in garden) + 1
    y0, y1 = min(y for _, y in garden) - 1, max(y for _, y in garden) + 1

    steps8 = [(dx, dy) for dx in (-1, 0, 1) for dy in (-1, 0, 1) if dx or dy]
    def flood(seed, seen):
        todo = [seed]
        seen.add(seed)
        while todo:
            x, y = todo.pop()
            for dx, dy in steps8:
                cell = (x + dx, y + dy)
                if x0 <= cell[0] <= x1 and y0 <= cell[1] <= y1 and cell not in garden and cell not in seen:
                    seen.add(cell)
                    todo.append(cell)
    outside = set()
    flood((x0, y0), outside)
    fence = sum(1 for x, y in garden for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)) if (x + dx, y + dy) in outside)
    seen, holes = set(outside), 0
    for x in range(x0, x1 + 1):
        for y in range(y0, y1 + 1):
            if (x, y) not in garden and (x, y) not in seen:
                holes += 1
                flood((x, y), seen)
    return (fence, holes)
