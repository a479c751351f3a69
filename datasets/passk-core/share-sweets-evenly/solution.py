from typing import List
def share_sweets(sweets: List[int], children: int) -> List[int]:
    totals = [0] * children
    for sweet in sweets:
        totals[totals.index(min(totals))] += sweet
    return totals
