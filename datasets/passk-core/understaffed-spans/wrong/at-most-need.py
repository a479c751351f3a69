# mistake: flags spans with at most need people instead of fewer than need
from typing import List, Tuple
def understaffed(shifts: List[Tuple[int, int]], opens: int, closes: int, need: int) -> List[Tuple[int, int]]:
    spans = []
    for minute in range(opens, closes):
        on_duty = sum(1 for start, end in shifts if start <= minute < end)
        if on_duty <= need:
            if spans and spans[-1][1] == minute:
                spans[-1] = (spans[-1][0], minute + 1)
            else:
                spans.append((minute, minute + 1))
    return spans
