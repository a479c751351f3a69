# mistake: counts the empty squares inside holes instead of the hole regions
from typing import List, Tuple
def outer_fence(squares: List[Tuple[int, int]]) -> Tuple[int, int]:
    garden = set(squares)
    if not garden:
        return (0, 0)
    x0, x1 = min(x for x, _ in garden) - 1, max(x for x, _ in garden) + 1
    y0, y1 = min(y for _, y in garden) - 1, max(y for _, y in garden) + 1

    steps = ((1, 0), (-1, 0), (0, 1), (0, -1))
    outside = {(x0, y0)}
    todo = [(x0, y0)]
    while todo:
        x, y = todo.pop()
        for dx, dy in steps:
            cell = (x + dx, y + dy)
            if x0 <= cell[0] <= x1 and y0 <= cell[1] <= y1 and cell not in garden and cell not in outside:
                outside.add(cell)
                todo.append(cell)
    fence = sum(1 for x, y in garden for dx, dy in steps if (x + dx, y + dy) in outside)
    area = (x1 - x0 + 1) * (y1 - y0 + 1)
    return (fence, area - len(outside) - len(garden))
