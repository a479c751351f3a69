# mistake: drops the cents left over after the equal division
from typing import Dict, List, Set
def share_estate(family: Dict[str, List[str]], living: Set[str], deceased: str, amount: int) -> Dict[str, int]:
    def has_living(p):
        return p in living or any(has_living(c) for c in family.get(p, []))
    received = {}
    def divide(person, cents):
        heirs = [c for c in family.get(person, []) if has_living(c)]
        for heir in heirs:
            share = cents // len(heirs)
            if heir in living:
                if share > 0:
                    received[heir] = share
            else:
                divide(heir, share)
    divide(deceased, amount)
    return received
