def fence_posts(x1: int, y1: int, x2: int, y2: int) -> int:
    width = abs(x2 - x1)
    height = abs(y2 - y1)
    if width == 0 or height == 0:
        return width + height + 1
    return 2 * (width + height)
