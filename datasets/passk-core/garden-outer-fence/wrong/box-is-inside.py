# mistake: treats every empty square within the garden's bounding box as part of a hole
from typing import List, Tuple
def outer_fence(squares: List[Tuple[int, int]]) -> Tuple[int, int]:
    garden = set(squares)
    if not garden:
        return (0, 0)
    x0, x1 = min(x for x, _ in garden), max(x for x, _ in garden)
    y0, y1 = min(y for _, y in garden), max(y for _, y in garden)
    steps = ((1, 0), (-1, 0), (0, 1), (0, -1))
    def out(c):
        return not (x0 <= c[0] <= x1 and y0 <= c[1] <= y1)
    fence = sum(1 for x, y in garden for dx, dy in steps if out((x + dx, y + dy)))
    seen, holes = set(), 0
    for x in range(x0, x1 + 1):
        for y in range(y0, y1 + 1):
            if (x, y) in garden or (x, y) in seen:
                continue
            holes += 1
            todo = [(x, y)]
            seen.add((x, y))
            while todo:
                a, b = todo.pop()
                for dx, dy in steps:
                    c = (a + dx, b + dy)
                    if not out(c) and c not in garden and c not in seen:
                        seen.add(c)
                        todo.append(c)
    return (fence, holes)
