# mistake: takes a cell's ring as its distance from the top and left edges only
from typing import List
def ring_totals(bed: List[List[int]]) -> List[int]:
    rows, cols = len(bed), len(bed[0])
    totals = [0] * ((min(rows, cols) + 1) // 2)
    for r, row in enumerate(bed):
        for c, bulbs in enumerate(row):
            ring = min(r, c)
            if ring < len(totals):
                totals[ring] += bulbs
    return totals
