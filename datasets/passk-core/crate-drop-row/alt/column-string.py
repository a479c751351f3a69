from typing import List, Optional
def landing_row(stack: List[str], column: int) -> Optional[int]:
    cells = [line[column] for line in stack]
    free = cells.index("#") if "#" in cells else len(cells)
    return free - 1 if free > 0 else None
