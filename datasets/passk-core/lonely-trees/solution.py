from typing import List
def lonely_trees(forest: List[str]) -> int:
    def is_tree(r, c):
        return 0 <= r < len(forest) and 0 <= c < len(forest[r]) and forest[r][c] == "T"

    return sum(
        1
        for r, row in enumerate(forest)
        for c, cell in enumerate(row)
        if cell == "T"
        and not any(is_tree(r + dr, c + dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1) if dr or dc)
    )
