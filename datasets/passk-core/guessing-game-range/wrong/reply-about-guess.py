# mistake: reads "higher" as "the guess is higher than the secret"
from typing import List, Optional, Tuple
def secret_range(low: int, high: int, log: List[Tuple[int, str]]) -> Optional[Tuple[int, int]]:
    for guess, reply in log:
        if reply == "lower":
            low = max(low, guess + 1)
        elif reply == "higher":
            high = min(high, guess - 1)
        else:
            low, high = max(low, guess), min(high, guess)
    return (low, high) if low <= high else None
