# mistake: only the last lamp is kept from being bright; the first lamp may be bright
def lamp_settings(n: int) -> int:
    if n == 0:
        return 1
    plain, bright = 2, 1
    for i in range(2, n + 1):
        if i == n:
            plain, bright = 2 * (plain + bright), 0
        else:
            plain, bright = 2 * (plain + bright), plain
    return plain + bright
