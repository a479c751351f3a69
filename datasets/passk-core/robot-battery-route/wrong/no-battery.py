# mistake: finds the shortest route and ignores the battery
from typing import List
def fewest_moves(site: List[str], battery: int) -> int:
    from collections import deque
    start = next((r, row.index("S")) for r, row in enumerate(site) if "S" in row)
    dist = {start: 0}
    queue = deque([start])
    while queue:
        r, c = queue.popleft()
        if site[r][c] == "E":
            return dist[(r, c)]
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < len(site) and 0 <= nc < len(site[0]) and site[nr][nc] != "#" and (nr, nc) not in dist:
                dist[(nr, nc)] = dist[(r, c)] + 1
                queue.append((nr, nc))
    return -1
