from typing import List


def mast_coverage(mast: List[int], reach: int, corner_a: List[int], corner_b: List[int]) -> int:
    cx, cy = mast
    left, right = min(corner_a[0], corner_b[0]), max(corner_a[0], corner_b[0])
    bottom, top = min(corner_a[1], corner_b[1]), max(corner_a[1], corner_b[1])
    total = 0
    for dy in range(-reach, reach + 1):
        y = cy + dy
        if y < bottom or y > top:
            continue
        span = reach - abs(dy)
        first, last = max(left, cx - span), min(right, cx + span)
        if first <= last:
            total += last - first + 1
    return total
