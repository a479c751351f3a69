from collections import Counter
from typing import Dict, List, Tuple
def top_items(sales: List[Tuple[str, str]]) -> Dict[str, str]:
    best = {}
    for (aisle, item), n in sorted(Counter(sales).items(), key=lambda pair: (pair[0][0], -pair[1], pair[0][1])):
        best.setdefault(aisle, item)
    return best
