from typing import List, Set
def apply_fast_passes(queue: List[str], passes: Set[str], k: int) -> List[str]:
    line = list(queue)
    for name in [person for person in queue if person in passes]:
        spot = line.index(name)
        for _ in range(k):
            if spot == 0 or line[spot - 1] in passes:
                break
            line[spot - 1], line[spot] = line[spot], line[spot - 1]
            spot -= 1
    return line
