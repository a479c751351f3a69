from typing import Dict, List
def top_sellers(sales: Dict[str, int], k: int) -> List[str]:
    ranked = sorted((item for item in sales if sales[item] > 0), key=lambda item: (-sales[item], item))
    if k == 0:
        return []
    if k >= len(ranked):
        return ranked
    cut = sales[ranked[k - 1]]
    return [item for item in ranked if sales[item] >= cut]
