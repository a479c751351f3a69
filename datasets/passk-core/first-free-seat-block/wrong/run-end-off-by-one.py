# mistake: counts a run of free seats and returns where it ends minus k, one seat too far left
def first_free_block(taken: int, n: int, k: int) -> int:
    run = 0
    for seat in range(n):
        if (taken >> seat) & 1:
            run = 0
        else:
            run += 1
            if run == k:
                return max(seat - k, 0)
    return -1
