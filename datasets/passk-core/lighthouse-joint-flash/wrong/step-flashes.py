# mistake: steps through the flashes one by one, which never ends in time for large periods
def first_joint_flash(start_a: int, period_a: int, start_b: int, period_b: int) -> int:
    a, b = start_a, start_b
    limit = max(start_a, start_b) + period_a * period_b
    while a != b:
        if a > limit or b > limit:
            return -1
        if a < b:
            a += period_a * max(1, (b - a) // period_a)
        else:
            b += period_b * max(1, (a - b) // period_b)
    return a
