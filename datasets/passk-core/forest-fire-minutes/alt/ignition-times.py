from collections import deque
from typing import List
def burn(forest: List[str], minutes: int) -> List[str]:
    rows = len(forest)
    lit = {}
    queue = deque()
    for r in range(rows):
        for c in range(len(forest[r])):
            if forest[r][c] == "F":
                lit[(r, c)] = 0
                queue.append((r, c))
    while queue:
        r, c = queue.popleft()
        for a, b in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= a < rows and 0 <= b < len(forest[a]) and forest[a][b] == "T" and (a, b) not in lit:
                lit[(a, b)] = lit[(r, c)] + 1
                queue.append((a, b))
    out = []
    for r in range(rows):
        line = []
        for c in range(len(forest[r])):
            t = lit.get((r, c))
            if t is None:
                line.append(forest[r][c])
            elif t > minutes:
                line.append("T")
            elif t == minutes:
                line.append("F")
            else:
                line.append(".")
        out.append("".join(line))
    return out
