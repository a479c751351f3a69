def lamp_settings(n: int) -> int:
    if n == 0:
        return 1
    # ways[b]: settings of the lamps so far with the latest one bright (b = 1) or not (b = 0)
    ways = [2, 0]
    for position in range(2, n + 1):
        last = position == n
        ways = [2 * (ways[0] + ways[1]), 0 if last else ways[0]]
    return ways[0] + ways[1]
