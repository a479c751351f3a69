# mistake: greedily throws the biggest dart that leaves at least 2, until a double finishes
from typing import Optional
def fewest_darts(score: int) -> Optional[int]:
    doubles = {2 * n for n in range(1, 21)} | {50}
    darts = set(range(1, 21)) | {3 * n for n in range(1, 21)} | {25} | doubles
    count = 0
    while score not in doubles:
        options = [d for d in darts if score - d >= 2]
        if not options:
            return None
        score -= max(options)
        count += 1
    return count + 1
