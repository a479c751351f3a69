from typing import List
def debounce(readings: List[int], k: int) -> List[int]:
    state, run, changes = 0, 0, []
    for i, value in enumerate(readings):
        run = run + 1 if value != state else 0
        if run == k:
            state, run = value, 0
            changes.append(i)
    return changes
