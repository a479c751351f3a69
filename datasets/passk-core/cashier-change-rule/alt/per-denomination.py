from typing import Dict, List, Optional


def cashier_change(till: Dict[int, int], amount: int) -> Optional[List[int]]:
    given = []
    for coin in sorted(till, reverse=True):
        take = min(till[coin], amount // coin)
        given += [coin] * take
        amount -= coin * take
    return given if amount == 0 else None
