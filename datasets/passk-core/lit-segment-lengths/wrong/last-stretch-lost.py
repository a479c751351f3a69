# mistake: only ends a stretch when an unlit LED follows it, so the highest stretch is lost
from typing import List
def lit_segments(state: int) -> List[int]:
    lengths = []
    run = 0
    while state:
        if state & 1:
            run += 1
        elif run:
            lengths.append(run)
            run = 0
        state >>= 1
    return lengths
