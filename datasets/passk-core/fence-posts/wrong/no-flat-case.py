# mistake: uses the perimeter for every paddock, so a flattened one or a single point comes out wrong
def fence_posts(x1: int, y1: int, x2: int, y2: int) -> int:
    return 2 * (abs(x2 - x1) + abs(y2 - y1))
