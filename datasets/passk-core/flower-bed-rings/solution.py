from typing import List
def ring_totals(bed: List[List[int]]) -> List[int]:
    rows, cols = len(bed), len(bed[0])
    totals = [0] * ((min(rows, cols) + 1) // 2)
    for r, row in enumerate(bed):
        for c, bulbs in enumerate(row):
            totals[min(r, c, rows - 1 - r, cols - 1 - c)] += bulbs
    return totals
