# mistake: ignores what items need
from itertools import combinations
from typing import Dict, List, Tuple
def pack_kit(items: Dict[str, Tuple[int, int]], needs: Dict[str, List[str]], capacity: int) -> List[str]:
    names = sorted(items)
    best_key, best = None, []
    for size in range(len(names) + 1):
        for pack in combinations(names, size):
            weight = sum(items[n][0] for n in pack)
            if weight <= capacity:
                key = (-sum(items[n][1] for n in pack), weight, list(pack))
                if best_key is None or key < best_key:
                    best_key, best = key, list(pack)
    return best
