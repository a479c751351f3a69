# mistake: greedy without looking ahead: plays the smallest title by another artist, giving up when stuck
from typing import List, Optional, Tuple
def order_set(songs: List[Tuple[str, str]]) -> Optional[List[str]]:
    remaining = sorted(songs)
    order, last = [], None
    while remaining:
        for i, (title, artist) in enumerate(remaining):
            if artist != last:
                order.append(title)
                last = artist
                del remaining[i]
                break
        else:
            return None
    return order
