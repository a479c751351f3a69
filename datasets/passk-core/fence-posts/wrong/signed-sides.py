# mistake: takes the corners in the given order, so sides come out negative when x2 < x1 or y2 < y1
def fence_posts(x1: int, y1: int, x2: int, y2: int) -> int:
    width, height = x2 - x1, y2 - y1
    if width == 0 or height == 0:
        return abs(width + height) + 1
    return 2 * (width + height)
