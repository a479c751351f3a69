from typing import List, Tuple


def choose_lockers(n: int, events: List[Tuple[str, str]]) -> List[int]:
    used = set()
    where = {}
    answer = []
    for kind, name in events:
        if kind == "out":
            used.discard(where.pop(name, None))
            continue
        spare = [k for k in range(1, n + 1) if k not in used]
        pick = next((k for k in spare if k - 1 not in used and k + 1 not in used), None)
        if pick is None:
            pick = spare[0] if spare else 0
        if pick:
            used.add(pick)
            where[name] = pick
        answer.append(pick)
    return answer
