from typing import List
def render(output: str) -> List[str]:
    cells = {}
    row = col = 0
    for ch in output:
        if ch == "\n":
            row, col = row + 1, 0
        elif ch == "\r":
            col = 0
        elif ch == "\b":
            if col:
                col -= 1
        elif ch == "\t":
            col += 8 - col % 8
        else:
            cells[(row, col)] = ch
            col += 1
    screen = []
    for r in range(row + 1):
        width = max((c + 1 for (rr, c) in cells if rr == r), default=0)
        screen.append("".join(cells.get((r, c), " ") for c in range(width)).rstrip(" "))
    return screen
