def shelf_check_character(code: int) -> str:
    total = 0
    weight = 2
    while True:
        code, digit = divmod(code, 10)
        total += digit * weight
        weight = 2 if weight == 4 else weight + 1
        if code == 0:
            break
    return "0123456789X"[total % 11]
