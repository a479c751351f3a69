from typing import List, Optional, Tuple
def nearest_charger(city: List[str]) -> Optional[Tuple[int, int]]:
    from collections import deque
    start = next((r, c) for r, row in enumerate(city) for c, ch in enumerate(row) if ch == "S")
    moves = {start: 0}
    queue = deque([start])
    while queue:
        r, c = queue.popleft()
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < len(city) and 0 <= nc < len(city[0]) and city[nr][nc] != "#" and (nr, nc) not in moves:
                moves[nr, nc] = moves[r, c] + 1
                queue.append((nr, nc))
    posts = sorted((d, r, c) for (r, c), d in moves.items() if city[r][c] == "C")
    return (posts[0][1], posts[0][2]) if posts else None
