# mistake: among the fewest songs keeps the last choice found, not the smallest list of positions
from itertools import combinations
from typing import List, Optional
def pick_songs(lengths: List[int], target: int) -> Optional[List[int]]:
    for size in range(len(lengths) + 1):
        found = None
        for chosen in combinations(range(len(lengths)), size):
            if sum(lengths[i] for i in chosen) == target:
                found = list(chosen)
        if found is not None:
            return found
    return None
