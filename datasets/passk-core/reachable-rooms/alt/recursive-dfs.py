from collections import defaultdict
from typing import List, Tuple


def reachable_rooms(doors: List[Tuple[str, str]], start: str, locked: List[str]) -> List[str]:
    exits = defaultdict(list)
    for a, b in doors:
        exits[a].append(b)
    blocked = set(locked)
    found = set()

    def walk(room):
        found.add(room)
        for nxt in exits[room]:
            if nxt not in found and nxt not in blocked:
                walk(nxt)

    walk(start)
    return sorted(found)
