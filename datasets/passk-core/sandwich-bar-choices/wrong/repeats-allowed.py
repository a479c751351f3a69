# mistake: lets a filling be used more than once (multisets) instead of all different
from math import comb
def count_sandwiches(breads: int, fillings: int, max_fillings: int) -> int:
    return breads * sum(comb(fillings + k - 1, k) for k in range(1, max_fillings + 1))
