# mistake: returns the first post the search reaches, so ties go by the order neighbours are tried
from collections import deque
from typing import List, Optional, Tuple
def nearest_charger(city: List[str]) -> Optional[Tuple[int, int]]:
    start = next((r, c) for r, row in enumerate(city) for c, ch in enumerate(row) if ch == "S")
    seen = {start}
    queue = deque([start])
    while queue:
        r, c = queue.popleft()
        if city[r][c] == "C":
            return (r, c)
        for nr, nc in ((r, c + 1), (r + 1, c), (r, c - 1), (r - 1, c)):
            if 0 <= nr < len(city) and 0 <= nc < len(city[0]) and city[nr][nc] != "#" and (nr, nc) not in seen:
                seen.add((nr, nc))
                queue.append((nr, nc))
    return None
