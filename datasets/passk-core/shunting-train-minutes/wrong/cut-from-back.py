# mistake: a cut moves the back car to the front instead of the front car to the back
import heapq
def shunting_minutes(start: str, target: str) -> int:
    best = {start: 0}
    heap = [(0, start)]
    while heap:
        minutes, train = heapq.heappop(heap)
        if train == target:
            return minutes
        if minutes > best[train]:
            continue
        moves = [(train[-1:] + train[:-1], 1)]
        if len(train) >= 3:
            moves.append((train[2::-1] + train[3:], 2))
        for following, cost in moves:
            if minutes + cost < best.get(following, 10 ** 9):
                best[following] = minutes + cost
                heapq.heappush(heap, (minutes + cost, following))
    return -1
