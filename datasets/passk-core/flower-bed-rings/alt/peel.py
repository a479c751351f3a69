from typing import List
def ring_totals(bed: List[List[int]]) -> List[int]:
    totals = []
    rest = [list(row) for row in bed]
    while rest and rest[0]:
        everything = sum(map(sum, rest))
        rest = [row[1:-1] for row in rest[1:-1]]
        totals.append(everything - sum(map(sum, rest)))
    return totals
