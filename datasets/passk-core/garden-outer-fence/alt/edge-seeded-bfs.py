from collections import deque
from typing import List, Tuple
def outer_fence(squares: List[Tuple[int, int]]) -> Tuple[int, int]:
    garden = set(squares)
    if not garden:
        return (0, 0)
    left = min(x for x, _ in garden)
    right = max(x for x, _ in garden)
    bottom = min(y for _, y in garden)
    top = max(y for _, y in garden)
    empty = {
        (x, y)
        for x in range(left, right + 1)
        for y in range(bottom, top + 1)
        if (x, y) not in garden
    }
    label = {}
    regions = 0
    touches_edge = []
    for start in sorted(empty):
        if start in label:
            continue
        label[start] = regions
        edge = False
        queue = deque([start])
        while queue:
            x, y = queue.popleft()
            if x in (left, right) or y in (bottom, top):
                edge = True
            for nxt in ((x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)):
                if nxt in empty and nxt not in label:
                    label[nxt] = regions
                    queue.append(nxt)
        touches_edge.append(edge)
        regions += 1
    fence = 0
    for x, y in garden:
        for nxt in ((x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)):
            if nxt in garden:
                continue
            if nxt not in empty or touches_edge[label[nxt]]:
                fence += 1
    return (fence, touches_edge.count(False))
