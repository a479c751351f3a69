from typing import List, Tuple
def bucket_counts(values: List[int], origin: int, width: int) -> List[Tuple[int, int]]:
    counts = {}
    for value in values:
        start = origin + (value - origin) // width * width
        counts[start] = counts.get(start, 0) + 1
    return sorted(counts.items())
