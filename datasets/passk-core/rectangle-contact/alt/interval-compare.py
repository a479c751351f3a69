from typing import Tuple
def contact(a: Tuple[int, int, int, int], b: Tuple[int, int, int, int]) -> str:
    def relation(lo1, hi1, lo2, hi2):
        if hi1 < lo2 or hi2 < lo1:
            return 0
        if hi1 == lo2 or hi2 == lo1:
            return 1
        return 2

    x = relation(a[0], a[2], b[0], b[2])
    y = relation(a[1], a[3], b[1], b[3])
    if x == 0 or y == 0:
        return "apart"
    return "overlap" if x == 2 and y == 2 else "touch"
