# mistake: gives the leftover cents to the youngest heirs instead of the eldest
from typing import Dict, List, Set
def share_estate(family: Dict[str, List[str]], living: Set[str], deceased: str, amount: int) -> Dict[str, int]:
    def has_living(p):
        return p in living or any(has_living(c) for c in family.get(p, []))
    received = {}
    def divide(person, cents):
        heirs = [c for c in family.get(person, []) if has_living(c)]
        n = len(heirs)
        for place, heir in enumerate(heirs):
            share = cents // n + (1 if n - 1 - place < cents % n else 0)
            if heir in living:
                if share > 0:
                    received[heir] = share
            else:
                divide(heir, share)
    divide(deceased, amount)
    return received
