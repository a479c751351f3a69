# mistake: writes a remainder of 10 as "0" (its last digit) instead of "X"
def shelf_check_character(code: int) -> str:
    total = sum(int(d) * (2, 3, 4)[i % 3] for i, d in enumerate(reversed(str(code))))
    return str(total % 11 % 10)
