# mistake: counts ordered choices of fillings (permutations) instead of sets
from math import perm
def count_sandwiches(breads: int, fillings: int, max_fillings: int) -> int:
    return breads * sum(perm(fillings, k) for k in range(1, max_fillings + 1))
