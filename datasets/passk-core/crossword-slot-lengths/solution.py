from typing import Dict, List
def slot_lengths(grid: List[str]) -> Dict[int, int]:
    counts = {}
    columns = ["".join(column) for column in zip(*grid)]
    for line in grid + columns:
        for run in line.split("#"):
            if len(run) >= 2:
                counts[len(run)] = counts.get(len(run), 0) + 1
    return counts
