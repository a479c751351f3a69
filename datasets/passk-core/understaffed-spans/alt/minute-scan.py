from typing import List, Tuple
def understaffed(shifts: List[Tuple[int, int]], opens: int, closes: int, need: int) -> List[Tuple[int, int]]:
    short = [
        minute
        for minute in range(opens, closes)
        if sum(start <= minute < end for start, end in shifts) < need
    ]
    spans = []
    for minute in short:
        if spans and spans[-1][1] == minute:
            spans[-1][1] = minute + 1
        else:
            spans.append([minute, minute + 1])
    return [tuple(span) for span in spans]
