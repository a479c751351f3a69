# mistake: breaks ties by the smallest column first, then the row
from collections import deque
from typing import List, Optional, Tuple
def nearest_charger(city: List[str]) -> Optional[Tuple[int, int]]:
    start = next((r, c) for r, row in enumerate(city) for c, ch in enumerate(row) if ch == "S")
    dist = {start: 0}
    queue = deque([start])
    while queue:
        r, c = queue.popleft()
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < len(city) and 0 <= nc < len(city[0]) and city[nr][nc] != "#" and (nr, nc) not in dist:
                dist[nr, nc] = dist[r, c] + 1
                queue.append((nr, nc))
    posts = sorted((d, c, r) for (r, c), d in dist.items() if city[r][c] == "C")
    return (posts[0][2], posts[0][1]) if posts else None
