# mistake: cycles the weights 2, 3 only, leaving out the 4
def shelf_check_character(code: int) -> str:
    total = sum(int(d) * (2, 3)[i % 2] for i, d in enumerate(reversed(str(code))))
    return "X" if total % 11 == 10 else str(total % 11)
