# mistake: counts every child as an heir, so branches with nobody living swallow their share
from typing import Dict, List, Set
def share_estate(family: Dict[str, List[str]], living: Set[str], deceased: str, amount: int) -> Dict[str, int]:
    received = {}
    def divide(person, cents):
        heirs = family.get(person, [])
        for place, heir in enumerate(heirs):
            share = cents // len(heirs) + (1 if place < cents % len(heirs) else 0)
            if heir in living:
                if share > 0:
                    received[heir] = share
            else:
                divide(heir, share)
    divide(deceased, amount)
    return received
