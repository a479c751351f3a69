from typing import List
def burn(forest: List[str], minutes: int) -> List[str]:
    grid = list(forest)
    for _ in range(minutes):
        def burning(r, c):
            return 0 <= r < len(grid) and 0 <= c < len(grid[r]) and grid[r][c] == "F"

        grid = [
            "".join(
                "." if cell == "F"
                else "F" if cell == "T" and (burning(r - 1, c) or burning(r + 1, c) or burning(r, c - 1) or burning(r, c + 1))
                else cell
                for c, cell in enumerate(row)
            )
            for r, row in enumerate(grid)
        ]
    return grid
