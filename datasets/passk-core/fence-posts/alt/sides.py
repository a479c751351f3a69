def fence_posts(x1: int, y1: int, x2: int, y2: int) -> int:
    left, right = sorted((x1, x2))
    low, high = sorted((y1, y2))
    inside_width = max(right - left - 1, 0)
    inside_height = max(high - low - 1, 0)
    all_points = (right - left + 1) * (high - low + 1)
    return all_points - inside_width * inside_height
