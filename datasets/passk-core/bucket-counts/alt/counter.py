from collections import Counter
from typing import List, Tuple
def bucket_counts(values: List[int], origin: int, width: int) -> List[Tuple[int, int]]:
    starts = Counter(value - (value - origin) % width for value in values)
    return sorted(starts.items())
