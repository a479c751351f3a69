from typing import Dict, List, Optional
def cashier_change(till: Dict[int, int], amount: int) -> Optional[List[int]]:
    given = []
    for coin in sorted(till, reverse=True):
        # once this coin stops fitting (or runs out) it never fits again: what is owed only shrinks
        take = min(till[coin], amount // coin)
        given += [coin] * take
        amount -= coin * take
    return given if amount == 0 else None
