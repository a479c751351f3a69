# mistake: returns the pieces between shift boundaries without joining neighbouring pieces into maximal spans
from typing import List, Tuple
def understaffed(shifts: List[Tuple[int, int]], opens: int, closes: int, need: int) -> List[Tuple[int, int]]:
    cuts = {opens, closes}
    for start, end in shifts:
        cuts.update(t for t in (start, end) if opens < t < closes)
    points = sorted(cuts)
    return [
        (left, right)
        for left, right in zip(points, points[1:])
        if sum(1 for start, end in shifts if start <= left < end) < need
    ]
