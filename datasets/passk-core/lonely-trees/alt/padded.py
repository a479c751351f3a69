from typing import List
def lonely_trees(forest: List[str]) -> int:
    if not forest:
        return 0
    width = len(forest[0]) + 2
    padded = ["." * width] + ["." + row + "." for row in forest] + ["." * width]
    lonely = 0
    for r in range(1, len(padded) - 1):
        for c in range(1, width - 1):
            block = "".join(padded[r + d][c - 1 : c + 2] for d in (-1, 0, 1))
            if padded[r][c] == "T" and block.count("T") == 1:
                lonely += 1
    return lonely
