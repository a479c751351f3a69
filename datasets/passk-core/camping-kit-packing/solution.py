from typing import Dict, List, Tuple
def pack_kit(items: Dict[str, Tuple[int, int]], needs: Dict[str, List[str]], capacity: int) -> List[str]:
    from itertools import combinations

    names = sorted(items)
    best_key, best = None, []
    for size in range(len(names) + 1):
        for pack in combinations(names, size):
            chosen = set(pack)
            if any(need not in chosen for name in pack for need in needs.get(name, [])):
                continue
            weight = sum(items[name][0] for name in pack)
            if weight > capacity:
                continue
            key = (-sum(items[name][1] for name in pack), weight, list(pack))
            if best_key is None or key < best_key:
                best_key, best = key, list(pack)
    return best
