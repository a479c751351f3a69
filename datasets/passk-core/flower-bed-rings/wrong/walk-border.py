# mistake: walks each ring's top, bottom, left and right sides, so a ring that is a single row or column is counted twice
from typing import List
def ring_totals(bed: List[List[int]]) -> List[int]:
    totals = []
    top, bottom, left, right = 0, len(bed) - 1, 0, len(bed[0]) - 1
    while top <= bottom and left <= right:
        total = sum(bed[top][left:right + 1]) + sum(bed[bottom][left:right + 1])
        for r in range(top + 1, bottom):
            total += bed[r][left] + bed[r][right]
        totals.append(total)
        top, bottom, left, right = top + 1, bottom - 1, left + 1, right - 1
    return totals
