# mistake: keys the dict by the digit's integer value instead of its character
from typing import Dict, List
def tiles_needed(prices: List[int]) -> Dict[str, int]:
    needed = {}
    for price in prices:
        text = str(price)
        for digit in set(text):
            needed[int(digit)] = max(needed.get(int(digit), 0), text.count(digit))
    return needed
