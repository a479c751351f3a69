from typing import List, Optional, Tuple
def secret_range(low: int, high: int, log: List[Tuple[int, str]]) -> Optional[Tuple[int, int]]:
    def fits(secret):
        for guess, reply in log:
            if reply == "yes" and secret != guess:
                return False
            if reply == "higher" and not secret > guess:
                return False
            if reply == "lower" and not secret < guess:
                return False
        return True
    bounds = {low, high}
    for guess, _ in log:
        bounds |= {guess - 1, guess, guess + 1}
    good = [b for b in bounds if low <= b <= high and fits(b)]
    return (min(good), max(good)) if good else None
