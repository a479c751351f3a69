# mistake: takes the swing as the difference between the window's last and first readings
from typing import List
def window_swings(readings: List[int], k: int) -> List[int]:
    return [abs(readings[s + k - 1] - readings[s]) for s in range(len(readings) - k + 1)]
