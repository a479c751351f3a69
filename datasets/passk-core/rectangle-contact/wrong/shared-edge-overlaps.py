# mistake: compares with <= for overlap, so shared borders count as overlap
from typing import Tuple
def contact(a: Tuple[int, int, int, int], b: Tuple[int, int, int, int]) -> str:
    if a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]:
        if a[0] == b[2] or b[0] == a[2]:
            if a[1] == b[3] or b[1] == a[3]:
                return "touch"
        return "overlap"
    return "apart"
