# mistake: never resets the count when a reading agrees with the state again
from typing import List
def debounce(readings: List[int], k: int) -> List[int]:
    state, run, changes = 0, 0, []
    for i, value in enumerate(readings):
        if value != state:
            run += 1
        if run == k:
            state, run = value, 0
            changes.append(i)
    return changes
