# mistake: indexes with r - 1 and c - 1 unchecked, so the first row and column see the last ones
from typing import List
def lonely_trees(forest: List[str]) -> int:
    h, w = len(forest), len(forest[0]) if forest else 0
    count = 0
    for r in range(h):
        for c in range(w):
            if forest[r][c] != "T":
                continue
            neighbours = 0
            for dr in (-1, 0, 1):
                for dc in (-1, 0, 1):
                    if (dr or dc) and r + dr < h and c + dc < w and forest[r + dr][c + dc] == "T":
                        neighbours += 1
            if neighbours == 0:
                count += 1
    return count
