def count_sandwiches(breads: int, fillings: int, max_fillings: int) -> int:
    row = [1]
    for _ in range(fillings):
        row = [a + b for a, b in zip([0] + row, row + [0])]
    return breads * sum(row[1 : max_fillings + 1])
