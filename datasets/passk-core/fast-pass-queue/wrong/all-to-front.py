# mistake: ignores k and moves every holder up to the holder ahead (or the front)
from typing import List, Set
def apply_fast_passes(queue: List[str], passes: Set[str], k: int) -> List[str]:
    holders = [p for p in queue if p in passes]
    others = [p for p in queue if p not in passes]
    return holders + others
