# mistake: leaves out the two friends' own cells as meeting places
from typing import List, Optional, Tuple
def meeting_cell(town: List[str]) -> Optional[Tuple[int, int]]:
    from collections import deque

    def walk(mark):
        start = next((r, row.index(mark)) for r, row in enumerate(town) if mark in row)
        times = {start: 0}
        queue = deque([start])
        while queue:
            r, c = queue.popleft()
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= nr < len(town) and 0 <= nc < len(town[0]) and town[nr][nc] != "#" and (nr, nc) not in times:
                    times[(nr, nc)] = times[(r, c)] + 1
                    queue.append((nr, nc))
        return times

    a, b = walk("A"), walk("B")
    both = [cell for cell in a if cell in b]
    if not both:
        return None

    both = [cell for cell in both if town[cell[0]][cell[1]] == "."]
    if not both:
        return None
    return min(both, key=lambda cell: (max(a[cell], 2 * b[cell]), cell))
