# mistake: leaves out the start room unless a door leads back into it
from typing import List, Tuple
def reachable_rooms(doors: List[Tuple[str, str]], start: str, locked: List[str]) -> List[str]:
    seen, todo = set(), [start]
    while todo:
        room = todo.pop()
        for a, b in doors:
            if a == room and b not in seen and b not in locked:
                seen.add(b)
                todo.append(b)
    return sorted(seen)
