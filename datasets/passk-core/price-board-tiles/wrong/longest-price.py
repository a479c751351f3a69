# mistake: counts only the tiles of the longest price, assuming it needs the most of every digit
from typing import Dict, List
def tiles_needed(prices: List[int]) -> Dict[str, int]:
    if not prices:
        return {}
    text = str(max(prices))
    return {digit: text.count(digit) for digit in text}
