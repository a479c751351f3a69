import heapq
from typing import List


def share_sweets(sweets: List[int], children: int) -> List[int]:
    heap = [(0, child) for child in range(children)]
    for sweet in sweets:
        total, child = heapq.heappop(heap)
        heapq.heappush(heap, (total + sweet, child))
    result = [0] * children
    for total, child in heap:
        result[child] = total
    return result
