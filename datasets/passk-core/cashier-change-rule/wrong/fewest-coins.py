# mistake: finds the fewest coins that make the amount instead of following the cashier's rule
from typing import Dict, List, Optional
def cashier_change(till: Dict[int, int], amount: int) -> Optional[List[int]]:
    best = {0: []}
    for coin in sorted(till):
        for _ in range(till[coin]):
            for total, coins in sorted(best.items(), reverse=True):
                new = total + coin
                if new <= amount and (new not in best or len(coins) + 1 < len(best[new])):
                    best[new] = coins + [coin]
    if amount not in best:
        return None
    return sorted(best[amount], reverse=True)
