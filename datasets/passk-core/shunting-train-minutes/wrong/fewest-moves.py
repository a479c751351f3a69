# mistake: searches for the fewest moves (plain breadth-first search) and reports that plan's minutes
from collections import deque
def shunting_minutes(start: str, target: str) -> int:
    seen = {start: 0}
    queue = deque([start])
    while queue:
        train = queue.popleft()
        if train == target:
            return seen[train]
        moves = [(train[1:] + train[:1], 1)]
        if len(train) >= 3:
            moves.append((train[2::-1] + train[3:], 2))
        for following, cost in moves:
            if following not in seen:
                seen[following] = seen[train] + cost
                queue.append(following)
    return -1
