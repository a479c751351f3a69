# mistake: one tile per digit that occurs, forgetting a price can use the same digit twice
from typing import Dict, List
def tiles_needed(prices: List[int]) -> Dict[str, int]:
    return {digit: 1 for price in prices for digit in str(price)}
