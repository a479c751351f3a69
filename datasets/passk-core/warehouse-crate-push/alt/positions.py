from typing import List
def push_crates(warehouse: List[str], moves: str) -> List[str]:
    height, width = len(warehouse), len(warehouse[0])
    walls, crates, robot = set(), set(), None
    for r, row in enumerate(warehouse):
        for c, ch in enumerate(row):
            if ch == "#":
                walls.add((r, c))
            elif ch == "O":
                crates.add((r, c))
            elif ch == "@":
                robot = (r, c)
    delta = {"U": (-1, 0), "D": (1, 0), "L": (0, -1), "R": (0, 1)}

    def free(cell):
        return 0 <= cell[0] < height and 0 <= cell[1] < width and cell not in walls and cell not in crates

    for move in moves:
        dr, dc = delta[move]
        ahead = (robot[0] + dr, robot[1] + dc)
        if ahead in crates:
            beyond = (ahead[0] + dr, ahead[1] + dc)
            if free(beyond):
                crates.remove(ahead)
                crates.add(beyond)
                robot = ahead
        elif free(ahead):
            robot = ahead
    out = []
    for r in range(height):
        out.append("".join(
            "#" if (r, c) in walls else "O" if (r, c) in crates else "@" if (r, c) == robot else "."
            for c in range(width)
        ))
    return out
