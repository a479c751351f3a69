# mistake: measures the distance to the far edges with the row count only, as if the bed were square
from typing import List
def ring_totals(bed: List[List[int]]) -> List[int]:
    n = len(bed)
    totals = {}
    for r, row in enumerate(bed):
        for c, bulbs in enumerate(row):
            ring = min(r, c, n - 1 - r, n - 1 - c)
            totals[ring] = totals.get(ring, 0) + bulbs
    return [totals[k] for k in sorted(totals)]
