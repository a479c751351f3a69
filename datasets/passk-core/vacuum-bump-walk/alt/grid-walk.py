from typing import List
def cells_cleaned(room: List[str], moves: str) -> int:
    height, width = len(room), len(room[0])
    pos = [(r, c) for r in range(height) for c in range(width) if room[r][c] == "S"][0]
    visited = [pos]
    for move in moves:
        r, c = pos
        target = {"U": (r - 1, c), "D": (r + 1, c), "L": (r, c - 1), "R": (r, c + 1)}[move]
        tr, tc = target
        if tr in range(height) and tc in range(width) and room[tr][tc] in ".S":
            pos = target
            if pos not in visited:
                visited.append(pos)
    return len(visited)
