# mistake: cuts the ranking at exactly k items, splitting a tie
from typing import Dict, List
def top_sellers(sales: Dict[str, int], k: int) -> List[str]:
    ranked = sorted((item for item in sales if sales[item] > 0), key=lambda item: (-sales[item], item))
    return ranked[:k]
