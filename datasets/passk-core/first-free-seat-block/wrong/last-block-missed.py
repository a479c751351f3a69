# mistake: off by one in the range of starts, so a block ending at the last seat is never found
def first_free_block(taken: int, n: int, k: int) -> int:
    block = (1 << k) - 1
    for start in range(n - k):
        if taken & (block << start) == 0:
            return start
    return -1
