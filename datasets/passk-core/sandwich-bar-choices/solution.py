def count_sandwiches(breads: int, fillings: int, max_fillings: int) -> int:
    from math import comb

    return breads * sum(comb(fillings, k) for k in range(1, max_fillings + 1))
