from typing import List


def cheapest_toll_routes(tolls: List[List[int]]) -> List[int]:
    rows, cols = len(tolls), len(tolls[0])
    INF = float("inf")
    cost = [[INF] * cols for _ in range(rows)]
    ways = [[0] * cols for _ in range(rows)]
    for r in range(rows):
        for c in range(cols):
            if tolls[r][c] == -1:
                continue
            if (r, c) == (0, 0):
                cost[r][c], ways[r][c] = tolls[r][c], 1
                continue
            for pr, pc in ((r - 1, c), (r, c - 1)):
                if pr < 0 or pc < 0 or ways[pr][pc] == 0:
                    continue
                total = cost[pr][pc] + tolls[r][c]
                if total < cost[r][c]:
                    cost[r][c], ways[r][c] = total, ways[pr][pc]
                elif total == cost[r][c]:
                    ways[r][c] += ways[pr][pc]
    if ways[-1][-1] == 0:
        return [-1, 0]
    return [cost[-1][-1], ways[-1][-1]]
