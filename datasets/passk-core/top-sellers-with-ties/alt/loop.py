from typing import Dict, List
def top_sellers(sales: Dict[str, int], k: int) -> List[str]:
    ranked = sorted(((-units, item) for item, units in sales.items() if units))
    chosen = []
    for negative, item in ranked:
        if len(chosen) >= k and (not chosen or -negative != sales[chosen[-1]]):
            break
        chosen.append(item)
    return chosen
