# mistake: only steps right or down, as if the hike only went away from the start
from typing import List, Tuple
def highest_reachable(heights: List[List[int]], max_climb: int) -> Tuple[int, int]:
    rows, cols = len(heights), len(heights[0])
    dist = {(0, 0): 0}
    for r in range(rows):
        for c in range(cols):
            for pr, pc in ((r - 1, c), (r, c - 1)):
                if (pr, pc) in dist and heights[r][c] - heights[pr][pc] <= max_climb:
                    if (r, c) not in dist or dist[(pr, pc)] + 1 < dist[(r, c)]:
                        dist[(r, c)] = dist[(pr, pc)] + 1

    top = max(heights[r][c] for r, c in dist)
    return (top, min(n for (r, c), n in dist.items() if heights[r][c] == top))
