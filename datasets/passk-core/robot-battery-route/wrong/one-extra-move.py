# mistake: lets the robot make a move on its last unit and then one more, off by one on the charge
from typing import List
def fewest_moves(site: List[str], battery: int) -> int:
    from collections import deque
    start = next((r, row.index("S")) for r, row in enumerate(site) if "S" in row)
    first = (start[0], start[1], battery)
    moves = {first: 0}
    queue = deque([first])
    while queue:
        r, c, charge = queue.popleft()
        if site[r][c] == "E":
            return moves[(r, c, charge)]
        if charge < 0:
            continue
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < len(site) and 0 <= nc < len(site[0]) and site[nr][nc] != "#":
                state = (nr, nc, battery if site[nr][nc] == "C" else charge - 1)
                if state not in moves:
                    moves[state] = moves[(r, c, charge)] + 1
                    queue.append(state)
    return -1
