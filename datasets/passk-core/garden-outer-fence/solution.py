from typing import List, Tuple
def outer_fence(squares: List[Tuple[int, int]]) -> Tuple[int, int]:
    garden = set(squares)
    if not garden:
        return (0, 0)
    xs = [x for x, _ in garden]
    ys = [y for _, y in garden]
    low_x, high_x, low_y, high_y = min(xs) - 1, max(xs) + 1, min(ys) - 1, max(ys) + 1

    def sides(x, y):
        return ((x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1))

    def region(seed, seen):
        stack = [seed]
        seen.add(seed)
        while stack:
            for cell in sides(*stack.pop()):
                if low_x <= cell[0] <= high_x and low_y <= cell[1] <= high_y and cell not in garden and cell not in seen:
                    seen.add(cell)
                    stack.append(cell)

    outside = set()
    region((low_x, low_y), outside)
    fence = sum(1 for square in garden for cell in sides(*square) if cell in outside)
    holes = 0
    seen = set(outside)
    for x in range(min(xs), max(xs) + 1):
        for y in range(min(ys), max(ys) + 1):
            if (x, y) not in garden and (x, y) not in seen:
                holes += 1
                region((x, y), seen)
    return (fence, holes)
