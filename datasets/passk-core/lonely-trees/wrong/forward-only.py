# mistake: checks only the neighbours to the right and below, meaning to see each pair once
from typing import List
def lonely_trees(forest: List[str]) -> int:
    count = 0
    for r, row in enumerate(forest):
        for c, cell in enumerate(row):
            if cell != "T":
                continue
            near = [(r, c + 1), (r + 1, c - 1), (r + 1, c), (r + 1, c + 1)]
            if not any(0 <= a < len(forest) and 0 <= b < len(row) and forest[a][b] == "T" for a, b in near):
                count += 1
    return count
