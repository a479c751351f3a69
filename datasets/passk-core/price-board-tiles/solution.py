from typing import Dict, List
def tiles_needed(prices: List[int]) -> Dict[str, int]:
    needed = {}
    for price in prices:
        text = str(price)
        for digit in set(text):
            needed[digit] = max(needed.get(digit, 0), text.count(digit))
    return needed
