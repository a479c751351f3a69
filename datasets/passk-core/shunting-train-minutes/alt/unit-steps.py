from collections import deque


def shunting_minutes(start: str, target: str) -> int:
    # Breadth-first over minutes: a turn passes through a half-done state ("turning", train) that
    # lasts one minute, so every step costs exactly one minute.
    dist = {("ready", start): 0}
    queue = deque([("ready", start)])
    while queue:
        state = queue.popleft()
        phase, train = state
        if phase == "ready" and train == target:
            return dist[state]
        if phase == "turning":
            following = [("ready", train[:3][::-1] + train[3:])]
        else:
            following = [("ready", train[1:] + train[0])]
            if len(train) > 2:
                following.append(("turning", train))
        for nxt in following:
            if nxt not in dist:
                dist[nxt] = dist[state] + 1
                queue.append(nxt)
    return -1
