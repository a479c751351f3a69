# mistake: counts every side facing an empty square, holes included, as fence
from typing import List, Tuple
def outer_fence(squares: List[Tuple[int, int]]) -> Tuple[int, int]:
    garden = set(squares)
    if not garden:
        return (0, 0)
    x0, x1 = min(x for x, _ in garden) - 1, max(x for x, _ in garden) + 1
    y0, y1 = min(y for _, y in garden) - 1, max(y for _, y in garden) + 1

    def flood(seed, seen, steps):
        todo = [seed]
        seen.add(seed)
        while todo:
            x, y = todo.pop()
            for dx, dy in steps:
                cell = (x + dx, y + dy)
                if x0 <= cell[0] <= x1 and y0 <= cell[1] <= y1 and cell not in garden and cell not in seen:
                    seen.add(cell)
                    todo.append(cell)
    steps = ((1, 0), (-1, 0), (0, 1), (0, -1))
    seen = set()
    flood((x0, y0), seen, steps)
    fence = sum(1 for x, y in garden for dx, dy in steps if (x + dx, y + dy) not in garden)
    holes = 0
    for x in range(x0, x1 + 1):
        for y in range(y0, y1 + 1):
            if (x, y) not in garden and (x, y) not in seen:
                holes += 1
                flood((x, y), seen, steps)
    return (fence, holes)
