# mistake: returns the row of the crate it lands on instead of the row above it
from typing import List, Optional
def landing_row(stack: List[str], column: int) -> Optional[int]:
    for r, line in enumerate(stack):
        if line[column] == "#":
            return r if r > 0 else None
    return len(stack) - 1
