# mistake: looks only at the four cells beside, above and below, not the diagonal ones
from typing import List
def lonely_trees(forest: List[str]) -> int:
    count = 0
    for r, row in enumerate(forest):
        for c, cell in enumerate(row):
            if cell != "T":
                continue
            near = [(r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)]
            if not any(0 <= a < len(forest) and 0 <= b < len(row) and forest[a][b] == "T" for a, b in near):
                count += 1
    return count
