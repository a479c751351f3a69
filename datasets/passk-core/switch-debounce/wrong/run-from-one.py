# mistake: needs k + 1 differing readings in a row, counting the run from the reading after the first
from typing import List
def debounce(readings: List[int], k: int) -> List[int]:
    state, run, changes = 0, 0, []
    for i, value in enumerate(readings):
        if value != state:
            if run == k:
                state, run = value, 0
                changes.append(i)
            else:
                run += 1
        else:
            run = 0
    return changes
