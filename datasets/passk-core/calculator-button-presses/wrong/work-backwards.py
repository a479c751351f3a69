# mistake: works back from target greedily (halve when even, else undo a PLUS), never using BACK
def fewest_presses(start: int, target: int, add: int, limit: int) -> int:
    n, count = target, 0
    while n > start:
        if n % 2 == 0 and n // 2 >= start:
            n //= 2
        else:
            n -= add
        count += 1
    return count if n == start else -1
