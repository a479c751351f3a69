def first_free_block(taken: int, n: int, k: int) -> int:
    run_start = 0
    for seat in range(n):
        if taken >> seat & 1:
            run_start = seat + 1
        elif seat - run_start + 1 >= k:
            return run_start
    return -1
