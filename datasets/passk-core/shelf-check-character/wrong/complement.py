# mistake: returns 11 minus the remainder, as some check-digit schemes do, instead of the remainder
def shelf_check_character(code: int) -> str:
    total = sum(int(d) * (2, 3, 4)[i % 3] for i, d in enumerate(reversed(str(code))))
    value = (11 - total % 11) % 11
    return "X" if value == 10 else str(value)
