# mistake: only living children inherit, a dead child's own children are skipped
from typing import Dict, List, Set
def share_estate(family: Dict[str, List[str]], living: Set[str], deceased: str, amount: int) -> Dict[str, int]:
    def has_living(p):
        return p in living or any(has_living(c) for c in family.get(p, []))
    received = {}
    def divide(person, cents):
        heirs = [c for c in family.get(person, []) if c in living]
        if not heirs:
            heirs = [c for c in family.get(person, []) if has_living(c)]
        for place, heir in enumerate(heirs):
            share = cents // len(heirs) + (1 if place < cents % len(heirs) else 0)
            if heir in living:
                if share > 0:
                    received[heir] = share
            else:
                divide(heir, share)
    divide(deceased, amount)
    return received
