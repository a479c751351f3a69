from typing import Dict, List, Tuple


def pack_kit(items: Dict[str, Tuple[int, int]], needs: Dict[str, List[str]], capacity: int) -> List[str]:
    names = sorted(items)
    packs = []

    def choose(i, chosen, weight):
        if weight > capacity:
            return
        if i == len(names):
            if all(set(needs.get(name, [])) <= set(chosen) for name in chosen):
                points = sum(items[name][1] for name in chosen)
                packs.append((-points, weight, sorted(chosen)))
            return
        choose(i + 1, chosen + [names[i]], weight + items[names[i]][0])
        choose(i + 1, chosen, weight)

    choose(0, [], 0)
    return min(packs)[2]
