from functools import cmp_to_key
from typing import List, Tuple


def rank_bakers(entries: List[Tuple[str, List[int]]]) -> List[str]:
    indexed = list(enumerate(entries))

    def compare(a, b):
        (i, (name_a, sa)), (j, (name_b, sb)) = a, b
        for x, y in ((sum(sb), sum(sa)), (max(sb), max(sa)),
                     (len([s for s in sa if s < 5]), len([s for s in sb if s < 5])),
                     (name_a.lower(), name_b.lower()), (i, j)):
            if x != y:
                return -1 if x < y else 1
        return 0

    return [entry[1][0] for entry in sorted(indexed, key=cmp_to_key(compare))]
