from typing import List, Optional, Tuple
def nearest_charger(city: List[str]) -> Optional[Tuple[int, int]]:
    open_cells = {(r, c) for r, row in enumerate(city) for c, ch in enumerate(row) if ch != "#"}
    frontier = {(r, c) for r, row in enumerate(city) for c, ch in enumerate(row) if ch == "S"}
    seen = set(frontier)
    while frontier:
        found = [cell for cell in frontier if city[cell[0]][cell[1]] == "C"]
        if found:
            return min(found)
        step = set()
        for r, c in frontier:
            for cell in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if cell in open_cells and cell not in seen:
                    step.add(cell)
        seen |= step
        frontier = step
    return None
