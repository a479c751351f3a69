# mistake: when both neighbours tie for the cheapest toll, keeps the route count of only one of them
from typing import List
def cheapest_toll_routes(tolls: List[List[int]]) -> List[int]:
    best = {}
    for r, row in enumerate(tolls):
        for c, toll in enumerate(row):
            if toll < 0:
                continue
            if r == 0 and c == 0:
                best[r, c] = (toll, 1)
                continue
            before = [best[cell] for cell in ((r - 1, c), (r, c - 1)) if cell in best]
            if before:
                cost, ways = min(before)
                best[r, c] = (cost + toll, ways)
    end = (len(tolls) - 1, len(tolls[0]) - 1)
    return list(best[end]) if end in best else [-1, 0]
