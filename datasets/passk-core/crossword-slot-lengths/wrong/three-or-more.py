# mistake: takes the usual crossword minimum of three squares instead of two
from typing import Dict, List
def slot_lengths(grid: List[str]) -> Dict[int, int]:
    counts = {}
    for line in grid + ["".join(c) for c in zip(*grid)]:
        for run in line.split("#"):
            if len(run) >= 3:
                counts[len(run)] = counts.get(len(run), 0) + 1
    return counts
