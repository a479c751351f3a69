from typing import List
def debounce(readings: List[int], k: int) -> List[int]:
    state = 0
    last_change = -1
    changes = []
    for i in range(len(readings)):
        start = i - k + 1
        if start > last_change and start >= 0:
            window = readings[start : i + 1]
            if all(v == 1 - state for v in window):
                state = 1 - state
                last_change = i
                changes.append(i)
    return changes
