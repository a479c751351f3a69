# mistake: off by one, keeps the guess itself possible after "higher" or "lower"
from typing import List, Optional, Tuple
def secret_range(low: int, high: int, log: List[Tuple[int, str]]) -> Optional[Tuple[int, int]]:
    for guess, reply in log:
        if reply == "higher":
            low = max(low, guess)
        elif reply == "lower":
            high = min(high, guess)
        else:
            low, high = max(low, guess), min(high, guess)
    return (low, high) if low <= high else None
