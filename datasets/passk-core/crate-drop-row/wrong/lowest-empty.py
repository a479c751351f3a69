# mistake: returns the lowest empty cell of the column, as if crates could pass through others
from typing import List, Optional
def landing_row(stack: List[str], column: int) -> Optional[int]:
    for r in range(len(stack) - 1, -1, -1):
        if stack[r][column] == ".":
            return r
    return None
