# mistake: on a tie gives the sweet to the highest-numbered child
from typing import List
def share_sweets(sweets: List[int], children: int) -> List[int]:
    totals = [0] * children
    for sweet in sweets:
        child = min(range(children), key=lambda c: (totals[c], -c))
        totals[child] += sweet
    return totals
