# mistake: max over (count, item) breaks ties toward the alphabetically last item
from typing import Dict, List, Tuple
def top_items(sales: List[Tuple[str, str]]) -> Dict[str, str]:
    counts = {}
    for aisle, item in sales:
        per_item = counts.setdefault(aisle, {})
        per_item[item] = per_item.get(item, 0) + 1
    return {aisle: max((n, item) for item, n in per_item.items())[1] for aisle, per_item in counts.items()}
