# mistake: counts each side's posts with both ends, so every corner post is counted twice
def fence_posts(x1: int, y1: int, x2: int, y2: int) -> int:
    width, height = abs(x2 - x1), abs(y2 - y1)
    if width == 0 or height == 0:
        return width + height + 1
    return 2 * (width + 1) + 2 * (height + 1)
