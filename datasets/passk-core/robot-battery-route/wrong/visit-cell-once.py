# mistake: marks each cell visited on its first arrival, whatever charge is left
from typing import List
def fewest_moves(site: List[str], battery: int) -> int:
    from collections import deque
    start = next((r, row.index("S")) for r, row in enumerate(site) if "S" in row)
    seen = {start}
    queue = deque([(start[0], start[1], battery, 0)])
    while queue:
        r, c, charge, n = queue.popleft()
        if site[r][c] == "E":
            return n
        if charge == 0:
            continue
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < len(site) and 0 <= nc < len(site[0]) and site[nr][nc] != "#" and (nr, nc) not in seen:
                seen.add((nr, nc))
                queue.append((nr, nc, battery if site[nr][nc] == "C" else charge - 1, n + 1))
    return -1
