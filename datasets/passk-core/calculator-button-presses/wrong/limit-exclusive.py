# mistake: treats limit itself as too large to show
def fewest_presses(start: int, target: int, add: int, limit: int) -> int:
    from collections import deque
    presses = {start: 0}
    queue = deque([start])
    while queue:
        shown = queue.popleft()
        if shown == target:
            return presses[shown]
        for nxt in (shown + add, shown * 2, shown // 10):
            if nxt < limit and nxt not in presses:
                presses[nxt] = presses[shown] + 1
                queue.append(nxt)
    return -1
