# mistake: reads the rows as one long string, so a run can continue from the end of a row into the next
from typing import Dict, List
def slot_lengths(grid: List[str]) -> Dict[int, int]:
    counts = {}
    for text in ("".join(grid), "".join("".join(c) for c in zip(*grid))):
        for run in text.split("#"):
            if len(run) >= 2:
                counts[len(run)] = counts.get(len(run), 0) + 1
    return counts
