# mistake: counts each item over all aisles together, then picks among the items of each aisle
from collections import Counter
from typing import Dict, List, Tuple
def top_items(sales: List[Tuple[str, str]]) -> Dict[str, str]:
    total = Counter(item for _, item in sales)
    items = {}
    for aisle, item in sales:
        items.setdefault(aisle, set()).add(item)
    return {aisle: min(names, key=lambda item: (-total[item], item)) for aisle, names in items.items()}
