# mistake: a hallway with no lamps gives 0 ways instead of 1
def lamp_settings(n: int) -> int:
    if n == 0:
        return 0
    plain, bright = 1, 0
    for i in range(1, n + 1):
        if i == 1 or i == n:
            plain, bright = 2 * (plain + bright), 0
        else:
            plain, bright = 2 * (plain + bright), plain
    return plain
