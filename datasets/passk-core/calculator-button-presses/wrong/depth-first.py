# mistake: a depth-first search returns the first way it finds, not the shortest
def fewest_presses(start: int, target: int, add: int, limit: int) -> int:
    seen = {start}
    stack = [(start, 0)]
    while stack:
        shown, count = stack.pop()
        if shown == target:
            return count
        for nxt in (shown // 10, shown * 2, shown + add):
            if nxt <= limit and nxt not in seen:
                seen.add(nxt)
                stack.append((nxt, count + 1))
    return -1
