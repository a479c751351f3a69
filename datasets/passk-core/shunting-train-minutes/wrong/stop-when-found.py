# mistake: returns as soon as the target is first reached by a move, before cheaper plans are settled
import heapq
def shunting_minutes(start: str, target: str) -> int:
    if start == target:
        return 0
    best = {start: 0}
    heap = [(0, start)]
    while heap:
        minutes, train = heapq.heappop(heap)
        if minutes > best[train]:
            continue
        moves = [(train[1:] + train[:1], 1)]
        if len(train) >= 3:
            moves.append((train[2::-1] + train[3:], 2))
        for following, cost in moves:
            if following == target:
                return minutes + cost
            if minutes + cost < best.get(following, 10 ** 9):
                best[following] = minutes + cost
                heapq.heappush(heap, (minutes + cost, following))
    return -1
