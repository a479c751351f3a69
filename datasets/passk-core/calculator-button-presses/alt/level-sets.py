def fewest_presses(start: int, target: int, add: int, limit: int) -> int:
    seen = {start}
    level = {start}
    steps = 0
    while level:
        if target in level:
            return steps
        following = set()
        for n in level:
            for m in (n + add, 2 * n, n // 10):
                if m <= limit and m not in seen:
                    seen.add(m)
                    following.add(m)
        level = following
        steps += 1
    return -1
