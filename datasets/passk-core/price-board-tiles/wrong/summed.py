# mistake: adds up the tiles of every price, as if tiles were not reused between prices
from typing import Dict, List
def tiles_needed(prices: List[int]) -> Dict[str, int]:
    needed = {}
    for price in prices:
        for digit in str(price):
            needed[digit] = needed.get(digit, 0) + 1
    return needed
