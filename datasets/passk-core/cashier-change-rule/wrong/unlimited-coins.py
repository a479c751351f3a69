# mistake: ignores how many coins of each kind the till holds
from typing import Dict, List, Optional
def cashier_change(till: Dict[int, int], amount: int) -> Optional[List[int]]:
    given = []
    while amount > 0:
        fits = [coin for coin in till if coin <= amount]
        if not fits:
            return None
        coin = max(fits)
        given.append(coin)
        amount -= coin
    return given
