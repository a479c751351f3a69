from typing import List, Set
def apply_fast_passes(queue: List[str], passes: Set[str], k: int) -> List[str]:
    result = []
    since_holder = 0
    for person in queue:
        if person in passes:
            jump = min(k, since_holder)
            result.insert(len(result) - jump, person)
            since_holder = jump
        else:
            result.append(person)
            since_holder += 1
    return result
