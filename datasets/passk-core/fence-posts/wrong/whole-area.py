# mistake: counts every integer point of the paddock, inside ones included, not only the border
def fence_posts(x1: int, y1: int, x2: int, y2: int) -> int:
    return (abs(x2 - x1) + 1) * (abs(y2 - y1) + 1)
