# mistake: sweeps over every shift boundary without keeping to opening hours, so spans outside them appear
from typing import List, Tuple
def understaffed(shifts: List[Tuple[int, int]], opens: int, closes: int, need: int) -> List[Tuple[int, int]]:
    points = sorted({opens, closes} | {t for shift in shifts for t in shift})
    spans = []
    for left, right in zip(points, points[1:]):
        on_duty = sum(1 for start, end in shifts if start <= left < end)
        if on_duty < need:
            if spans and spans[-1][1] == left:
                spans[-1] = (spans[-1][0], right)
            else:
                spans.append((left, right))
    return spans
