from typing import List
def dry_enough_routes(yard: List[str], k: int) -> int:
    rows, cols = len(yard), len(yard[0])
    ways = [[[0] * (k + 2) for _ in range(cols)] for _ in range(rows)]
    for r in range(rows):
        for c in range(cols):
            if yard[r][c] == "#":
                continue
            wet = 1 if yard[r][c] == "~" else 0
            for used in range(wet, k + 1):
                if r == 0 and c == 0:
                    ways[r][c][used] = 1 if used == wet else 0
                else:
                    above = ways[r - 1][c][used - wet] if r else 0
                    left = ways[r][c - 1][used - wet] if c else 0
                    ways[r][c][used] = above + left
    return sum(ways[-1][-1])
