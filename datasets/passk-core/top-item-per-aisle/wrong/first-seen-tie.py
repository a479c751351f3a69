# mistake: on a tie keeps the item sold first (Counter.most_common order), not the alphabetical first
from collections import Counter
from typing import Dict, List, Tuple
def top_items(sales: List[Tuple[str, str]]) -> Dict[str, str]:
    counts = {}
    for aisle, item in sales:
        counts.setdefault(aisle, Counter())[item] += 1
    return {aisle: counter.most_common(1)[0][0] for aisle, counter in counts.items()}
