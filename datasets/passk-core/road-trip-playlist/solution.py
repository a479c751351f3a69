from typing import List, Optional
def pick_songs(lengths: List[int], target: int) -> Optional[List[int]]:
    from itertools import combinations

    for size in range(len(lengths) + 1):
        for chosen in combinations(range(len(lengths)), size):
            if sum(lengths[i] for i in chosen) == target:
                return list(chosen)
    return None
