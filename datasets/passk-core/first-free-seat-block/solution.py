def first_free_block(taken: int, n: int, k: int) -> int:
    block = (1 << k) - 1
    for start in range(n - k + 1):
        if taken & (block << start) == 0:
            return start
    return -1
