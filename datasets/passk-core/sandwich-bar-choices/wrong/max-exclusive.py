# mistake: off-by-one, the range stops before max_fillings so sandwiches with the most fillings are missed
from math import comb
def count_sandwiches(breads: int, fillings: int, max_fillings: int) -> int:
    return breads * sum(comb(fillings, k) for k in range(1, max_fillings))
