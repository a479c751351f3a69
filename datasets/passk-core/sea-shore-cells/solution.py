from typing import List
def shore_cells(island: List[str]) -> int:
    height, width = len(island), len(island[0])
    water = {(r, c) for r in range(height) for c in range(width) if island[r][c] == "~"}
    stack = [(r, c) for r, c in water if r in (0, height - 1) or c in (0, width - 1)]
    sea = set(stack)
    while stack:
        r, c = stack.pop()
        for cell in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if cell in water and cell not in sea:
                sea.add(cell)
                stack.append(cell)
    return sum(
        1
        for r in range(height)
        for c in range(width)
        if island[r][c] == "#" and {(r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)} & sea
    )
