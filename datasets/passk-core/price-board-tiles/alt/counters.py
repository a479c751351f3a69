from collections import Counter
from typing import Dict, List
def tiles_needed(prices: List[int]) -> Dict[str, int]:
    total = Counter()
    for price in prices:
        total |= Counter(str(price))
    return dict(total)
