# mistake: the toll of the starting intersection is not paid
from typing import List
def cheapest_toll_routes(tolls: List[List[int]]) -> List[int]:
    best = {}
    for r, row in enumerate(tolls):
        for c, toll in enumerate(row):
            if toll < 0:
                continue
            if r == 0 and c == 0:
                best[r, c] = (0, 1)
                continue
            before = [best[cell] for cell in ((r - 1, c), (r, c - 1)) if cell in best]
            if before:
                low = min(cost for cost, _ in before)
                best[r, c] = (low + toll, sum(ways for cost, ways in before if cost == low))
    end = (len(tolls) - 1, len(tolls[0]) - 1)
    return list(best[end]) if end in best else [-1, 0]
