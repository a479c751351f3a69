# mistake: a value on a bucket's upper edge stays in that bucket (buckets closed at both ends)
from typing import List, Tuple
def bucket_counts(values: List[int], origin: int, width: int) -> List[Tuple[int, int]]:
    from math import ceil
    counts = {}
    for value in values:
        b = ceil((value - origin) / width) - 1 if value != origin else 0
        start = origin + b * width
        counts[start] = counts.get(start, 0) + 1
    return sorted(counts.items())
