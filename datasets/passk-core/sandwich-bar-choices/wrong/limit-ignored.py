# mistake: ignores the limit and counts every non-empty set of fillings
def count_sandwiches(breads: int, fillings: int, max_fillings: int) -> int:
    return breads * (2 ** fillings - 1)
