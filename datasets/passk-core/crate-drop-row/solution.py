from typing import List, Optional
def landing_row(stack: List[str], column: int) -> Optional[int]:
    row = None
    for r, line in enumerate(stack):
        if line[column] == "#":
            break
        row = r
    return row
