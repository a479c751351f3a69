# mistake: decides up front that no order exists when an artist has more than half the songs, rounded down
from typing import List, Optional, Tuple
def order_set(songs: List[Tuple[str, str]]) -> Optional[List[str]]:
    from collections import Counter
    counts = Counter(a for _, a in songs)
    if counts and max(counts.values()) > len(songs) // 2:
        return None
    ordered = sorted(songs)
    used = [False] * len(ordered)
    order = []
    def place(last):
        if len(order) == len(ordered):
            return True
        for i, (title, artist) in enumerate(ordered):
            if not used[i] and artist != last:
                used[i] = True
                order.append(title)
                if place(artist):
                    return True
                order.pop()
                used[i] = False
        return False
    return order if place(None) else None
