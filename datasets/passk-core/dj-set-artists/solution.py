from typing import List, Optional, Tuple
def order_set(songs: List[Tuple[str, str]]) -> Optional[List[str]]:
    from collections import Counter

    counts = Counter(artist for _, artist in songs)

    def can_arrange():
        # songs can be ordered iff no artist needs more than every other slot; the artist just
        # played then never needs the very next one, as it had at most half before
        return max(counts.values(), default=0) <= (sum(counts.values()) + 1) // 2

    if not can_arrange():
        return None
    order, last, remaining = [], None, sorted(songs)
    while remaining:
        for title, artist in remaining:
            counts[artist] -= 1
            if artist != last and can_arrange():
                break
            counts[artist] += 1
        order.append(title)
        last = artist
        remaining.remove((title, artist))
    return order
