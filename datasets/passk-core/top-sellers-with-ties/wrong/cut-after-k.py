# mistake: takes the cut from the item after the k-th (off by one), keeping one tie group too many
from typing import Dict, List
def top_sellers(sales: Dict[str, int], k: int) -> List[str]:
    ranked = sorted((item for item in sales if sales[item] > 0), key=lambda item: (-sales[item], item))
    if k >= len(ranked):
        return ranked
    cut = sales[ranked[k]]
    return [item for item in ranked if sales[item] >= cut]
