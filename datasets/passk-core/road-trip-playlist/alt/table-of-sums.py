from typing import List, Optional


def pick_songs(lengths: List[int], target: int) -> Optional[List[int]]:
    # best[t]: the best choice (fewest, then smallest list) among songs seen so far summing to t
    best = {0: []}
    for i in range(len(lengths) - 1, -1, -1):
        for total, chosen in list(best.items()):
            new_total = total + lengths[i]
            if new_total > target:
                continue
            candidate = [i] + chosen
            old = best.get(new_total)
            if old is None or (len(candidate), candidate) < (len(old), old):
                best[new_total] = candidate
    return best.get(target)
