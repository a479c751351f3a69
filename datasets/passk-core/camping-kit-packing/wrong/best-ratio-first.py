# mistake: greedy: packs items by points per gram, highest first, whenever they fit and their needs are packed
from typing import Dict, List, Tuple
def pack_kit(items: Dict[str, Tuple[int, int]], needs: Dict[str, List[str]], capacity: int) -> List[str]:
    order = sorted(items, key=lambda n: (-items[n][1] / items[n][0] if items[n][0] else float("-inf"), n))
    packed, weight = [], 0
    changed = True
    while changed:
        changed = False
        for name in order:
            w = items[name][0]
            if name not in packed and weight + w <= capacity and all(m in packed for m in needs.get(name, [])):
                packed.append(name)
                weight += w
                changed = True
    return sorted(packed)
