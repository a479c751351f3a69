# mistake: when no coin fits, returns the coins handed over so far instead of None
from typing import Dict, List, Optional
def cashier_change(till: Dict[int, int], amount: int) -> Optional[List[int]]:
    left = dict(till)
    given = []
    while amount > 0:
        fits = [coin for coin, count in left.items() if count > 0 and coin <= amount]
        if not fits:
            break
        coin = max(fits)
        left[coin] -= 1
        given.append(coin)
        amount -= coin
    return given
