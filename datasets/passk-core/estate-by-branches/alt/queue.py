from collections import deque
from typing import Dict, List, Set
def share_estate(family: Dict[str, List[str]], living: Set[str], deceased: str, amount: int) -> Dict[str, int]:
    alive_below = {}
    def mark(person):
        found = person in living
        for child in family.get(person, []):
            found = mark(child) or found
        alive_below[person] = found
        return found
    mark(deceased)
    result = {}
    pending = deque([(deceased, amount)])
    while pending:
        person, cents = pending.popleft()
        if person in living:
            if cents:
                result[person] = result.get(person, 0) + cents
            continue
        heirs = [c for c in family.get(person, []) if alive_below[c]]
        if not heirs:
            continue
        each, spare = divmod(cents, len(heirs))
        for heir in heirs:
            pending.append((heir, each + (1 if spare > 0 else 0)))
            spare -= 1
    return result
