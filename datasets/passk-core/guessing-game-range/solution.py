from typing import List, Optional, Tuple
def secret_range(low: int, high: int, log: List[Tuple[int, str]]) -> Optional[Tuple[int, int]]:
    for guess, reply in log:
        if reply == "higher":
            low = max(low, guess + 1)
        elif reply == "lower":
            high = min(high, guess - 1)
        else:
            low, high = max(low, guess), min(high, guess)
    return (low, high) if low <= high else None
