# mistake: breaks a tie on points by the names only, not by the lighter pack first
from itertools import combinations
from typing import Dict, List, Tuple
def pack_kit(items: Dict[str, Tuple[int, int]], needs: Dict[str, List[str]], capacity: int) -> List[str]:
    names = sorted(items)
    best_key, best = None, []
    for size in range(len(names) + 1):
        for pack in combinations(names, size):
            chosen = set(pack)
            if any(m not in chosen for n in pack for m in needs.get(n, [])):
                continue
            if sum(items[n][0] for n in pack) <= capacity:
                key = (-sum(items[n][1] for n in pack), list(pack))
                if best_key is None or key < best_key:
                    best_key, best = key, list(pack)
    return best
