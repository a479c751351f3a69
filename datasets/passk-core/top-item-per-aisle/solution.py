from typing import Dict, List, Tuple
def top_items(sales: List[Tuple[str, str]]) -> Dict[str, str]:
    counts = {}
    for aisle, item in sales:
        per_item = counts.setdefault(aisle, {})
        per_item[item] = per_item.get(item, 0) + 1
    return {aisle: min(per_item, key=lambda item: (-per_item[item], item)) for aisle, per_item in counts.items()}
