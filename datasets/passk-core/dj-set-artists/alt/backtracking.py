from typing import List, Optional, Tuple


def order_set(songs: List[Tuple[str, str]]) -> Optional[List[str]]:
    ordered = sorted(songs)
    used = [False] * len(ordered)
    order = []
    failed = set()  # (used pattern, last artist) states already shown to lead nowhere

    def place(last):
        if len(order) == len(ordered):
            return True
        state = (tuple(used), last)
        if state in failed:
            return False
        for i, (title, artist) in enumerate(ordered):
            if not used[i] and artist != last:
                used[i] = True
                order.append(title)
                if place(artist):
                    return True
                order.pop()
                used[i] = False
        failed.add(state)
        return False

    return order if place(None) else None
