from typing import Tuple
def contact(a: Tuple[int, int, int, int], b: Tuple[int, int, int, int]) -> str:
    width = min(a[2], b[2]) - max(a[0], b[0])
    height = min(a[3], b[3]) - max(a[1], b[1])
    if width > 0 and height > 0:
        return "overlap"
    if width >= 0 and height >= 0:
        return "touch"
    return "apart"
