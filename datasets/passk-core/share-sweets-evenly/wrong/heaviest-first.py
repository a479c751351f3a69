# mistake: hands out the heaviest sweets first instead of in the order listed
from typing import List
def share_sweets(sweets: List[int], children: int) -> List[int]:
    totals = [0] * children
    for sweet in sorted(sweets, reverse=True):
        totals[totals.index(min(totals))] += sweet
    return totals
