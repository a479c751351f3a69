# mistake: decides by whether a corner of one rectangle lies in the other, missing a cross shape
from typing import Tuple
def contact(a: Tuple[int, int, int, int], b: Tuple[int, int, int, int]) -> str:
    def corners(r):
        return [(r[0], r[1]), (r[0], r[3]), (r[2], r[1]), (r[2], r[3])]

    def strictly_in(p, r):
        return r[0] < p[0] < r[2] and r[1] < p[1] < r[3]

    def on(p, r):
        return r[0] <= p[0] <= r[2] and r[1] <= p[1] <= r[3]

    if any(strictly_in(p, b) for p in corners(a)) or any(strictly_in(p, a) for p in corners(b)) or a == b:
        return "overlap"
    if any(on(p, b) for p in corners(a)) or any(on(p, a) for p in corners(b)):
        return "touch"
    return "apart"
