from typing import Dict, List, Set
def share_estate(family: Dict[str, List[str]], living: Set[str], deceased: str, amount: int) -> Dict[str, int]:
    def has_living(person):
        return person in living or any(has_living(child) for child in family.get(person, []))
    received = {}
    def divide(person, cents):
        heirs = [child for child in family.get(person, []) if has_living(child)]
        for place, heir in enumerate(heirs):
            share = cents // len(heirs) + (1 if place < cents % len(heirs) else 0)
            if heir in living:
                if share > 0:
                    received[heir] = share
            else:
                divide(heir, share)
    divide(deceased, amount)
    return received
