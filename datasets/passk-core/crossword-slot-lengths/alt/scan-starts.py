from typing import Dict, List
def slot_lengths(grid: List[str]) -> Dict[int, int]:
    rows, cols = len(grid), len(grid[0])
    white = lambda r, c: 0 <= r < rows and 0 <= c < cols and grid[r][c] == "."
    counts = {}
    for r in range(rows):
        for c in range(cols):
            for dr, dc in ((0, 1), (1, 0)):
                if white(r, c) and not white(r - dr, c - dc):
                    length = 0
                    while white(r + dr * length, c + dc * length):
                        length += 1
                    if length > 1:
                        counts[length] = counts.get(length, 0) + 1
    return counts
