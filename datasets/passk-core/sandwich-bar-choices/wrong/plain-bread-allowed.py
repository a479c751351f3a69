# mistake: counts a sandwich with no filling at all as well
from math import comb
def count_sandwiches(breads: int, fillings: int, max_fillings: int) -> int:
    return breads * sum(comb(fillings, k) for k in range(0, max_fillings + 1))
