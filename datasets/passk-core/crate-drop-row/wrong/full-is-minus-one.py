# mistake: returns -1 for a full column, as str.find would
from typing import List, Optional
def landing_row(stack: List[str], column: int) -> Optional[int]:
    column_cells = "".join(line[column] for line in stack)
    stop = column_cells.find("#")
    if stop == -1:
        return len(stack) - 1
    return stop - 1
