def lamp_settings(n: int) -> int:
    # Settings of the first i lamps, split by whether lamp i is bright.
    not_bright = 1
    bright = 0
    for i in range(1, n + 1):
        if i == 1 or i == n:
            not_bright, bright = 2 * (not_bright + bright), 0
        else:
            not_bright, bright = 2 * (not_bright + bright), not_bright
    # The last lamp is never bright.
    return not_bright
