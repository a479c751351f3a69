def shunting_minutes(start: str, target: str) -> int:
    import heapq

    best = {start: 0}
    waiting = [(0, start)]
    while waiting:
        minutes, train = heapq.heappop(waiting)
        if train == target:
            return minutes
        if minutes > best[train]:
            continue
        moves = [(train[1:] + train[:1], 1)]
        if len(train) >= 3:
            moves.append((train[2::-1] + train[3:], 2))
        for following, cost in moves:
            if minutes + cost < best.get(following, minutes + cost + 1):
                best[following] = minutes + cost
                heapq.heappush(waiting, (minutes + cost, following))
    return -1
