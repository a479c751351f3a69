# mistake: stops at min(rows, cols) // 2 rings, dropping a middle ring that is a single row or column
from typing import List
def ring_totals(bed: List[List[int]]) -> List[int]:
    rows, cols = len(bed), len(bed[0])
    totals = [0] * (min(rows, cols) // 2)
    for r, row in enumerate(bed):
        for c, bulbs in enumerate(row):
            ring = min(r, c, rows - 1 - r, cols - 1 - c)
            if ring < len(totals):
                totals[ring] += bulbs
    return totals
