# mistake: lets a holder step past other holders too, counting them towards k
from typing import List, Set
def apply_fast_passes(queue: List[str], passes: Set[str], k: int) -> List[str]:
    line = list(queue)
    for name in [p for p in queue if p in passes]:
        spot = line.index(name)
        new_spot = max(0, spot - k)
        line.insert(new_spot, line.pop(spot))
    return line
