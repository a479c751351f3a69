# mistake: counts only the slots in rows, forgetting the columns
from typing import Dict, List
def slot_lengths(grid: List[str]) -> Dict[int, int]:
    counts = {}
    for line in grid:
        for run in line.split("#"):
            if len(run) >= 2:
                counts[len(run)] = counts.get(len(run), 0) + 1
    return counts
