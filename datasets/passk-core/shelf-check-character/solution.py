def shelf_check_character(code: int) -> str:
    weights = [2, 3, 4]
    total = 0
    for position, digit in enumerate(reversed(str(code))):
        total += int(digit) * weights[position % 3]
    remainder = total % 11
    if remainder == 10:
        return "X"
    return str(remainder)
