# mistake: applies the weights 2, 3, 4, ... from the leftmost digit instead of the rightmost
def shelf_check_character(code: int) -> str:
    total = sum(int(d) * (2, 3, 4)[i % 3] for i, d in enumerate(str(code)))
    return "X" if total % 11 == 10 else str(total % 11)
