# mistake: counts a lone white square as a slot of length 1
from typing import Dict, List
def slot_lengths(grid: List[str]) -> Dict[int, int]:
    counts = {}
    for line in grid + ["".join(c) for c in zip(*grid)]:
        for run in line.split("#"):
            if run:
                counts[len(run)] = counts.get(len(run), 0) + 1
    return counts
