# mistake: hands the sweets out in turn, child 0, 1, 2, ..., ignoring the totals
from typing import List
def share_sweets(sweets: List[int], children: int) -> List[int]:
    totals = [0] * children
    for i, sweet in enumerate(sweets):
        totals[i % children] += sweet
    return totals
