# mistake: lists a locked room that a door leads to, only refusing to go on from it
from typing import List, Tuple
def reachable_rooms(doors: List[Tuple[str, str]], start: str, locked: List[str]) -> List[str]:
    seen, todo = {start}, [start]
    while todo:
        room = todo.pop()
        for a, b in doors:
            if a == room and b not in seen:
                seen.add(b)
                if b not in locked:
                    todo.append(b)
    return sorted(seen)
