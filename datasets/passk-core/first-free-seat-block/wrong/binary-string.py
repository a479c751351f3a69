# mistake: reads bin(taken) from the left, as if its first character were seat 0
def first_free_block(taken: int, n: int, k: int) -> int:
    bits = bin(taken)[2:].zfill(n)
    for start in range(n - k + 1):
        if "1" not in bits[start:start + k]:
            return start
    return -1
