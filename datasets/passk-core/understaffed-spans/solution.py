from typing import List, Tuple
def understaffed(shifts: List[Tuple[int, int]], opens: int, closes: int, need: int) -> List[Tuple[int, int]]:
    cuts = {opens, closes}
    for start, end in shifts:
        cuts.update(min(max(t, opens), closes) for t in (start, end))
    points = sorted(cuts)
    spans = []
    for left, right in zip(points, points[1:]):
        on_duty = sum(1 for start, end in shifts if start <= left < end)
        if on_duty < need:
            if spans and spans[-1][1] == left:
                spans[-1] = (spans[-1][0], right)
            else:
                spans.append((left, right))
    return spans
