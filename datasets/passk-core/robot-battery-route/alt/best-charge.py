from typing import List
def fewest_moves(site: List[str], battery: int) -> int:
    height, width = len(site), len(site[0])
    best = {}
    frontier = []
    for r in range(height):
        for c in range(width):
            if site[r][c] == "S":
                frontier = [(r, c, battery)]
                best[(r, c)] = battery
    steps = 0
    while frontier:
        for r, c, charge in frontier:
            if site[r][c] == "E":
                return steps
        steps += 1
        following = {}
        for r, c, charge in frontier:
            if charge <= 0:
                continue
            for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
                nr, nc = r + dr, c + dc
                if not (0 <= nr < height and 0 <= nc < width) or site[nr][nc] == "#":
                    continue
                left = battery if site[nr][nc] == "C" else charge - 1
                if left > best.get((nr, nc), -1):
                    best[(nr, nc)] = left
                    following[(nr, nc)] = max(left, following.get((nr, nc), -1))
        frontier = [(r, c, charge) for (r, c), charge in following.items()]
    return -1
