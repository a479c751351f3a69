# mistake: looks ahead, but allows an artist at most half of the songs left rounded down, not up
from collections import Counter
from typing import List, Optional, Tuple
def order_set(songs: List[Tuple[str, str]]) -> Optional[List[str]]:
    counts = Counter(a for _, a in songs)
    remaining = sorted(songs)
    order, last = [], None
    while remaining:
        for i, (title, artist) in enumerate(remaining):
            counts[artist] -= 1
            if artist != last and max(counts.values()) <= sum(counts.values()) // 2:
                order.append(title)
                last = artist
                del remaining[i]
                break
            counts[artist] += 1
        else:
            return None
    return order
