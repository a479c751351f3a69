# mistake: calls a locker roomy when at least one neighbour is free, not each of them
from typing import List, Tuple
def choose_lockers(n: int, events: List[Tuple[str, str]]) -> List[int]:
    taken = [False] * (n + 2)  # lockers 1..n; 0 and n + 1 stand for "no neighbour" and stay free
    holder = {}
    chosen = []
    for kind, name in events:
        if kind == "out":
            if name in holder:
                taken[holder.pop(name)] = False
            continue
        free = [i for i in range(1, n + 1) if not taken[i]]
        roomy = [i for i in free if not taken[i - 1] or not taken[i + 1]]
        locker = roomy[0] if roomy else free[0] if free else 0
        if locker:
            taken[locker] = True
            holder[name] = locker
        chosen.append(locker)
    return chosen
