def first_joint_flash(start_a: int, period_a: int, start_b: int, period_b: int) -> int:
    def extended(a, b):
        if b == 0:
            return a, 1, 0
        g, x, y = extended(b, a % b)
        return g, y, x - (a // b) * y

    # start_a + period_a * i == start_b + period_b * j  <=>  period_a * i - period_b * j == start_b - start_a
    g, x, _ = extended(period_a, period_b)
    difference = start_b - start_a
    if difference % g != 0:
        return -1
    lcm = period_a // g * period_b
    t = (start_a + period_a * (x * (difference // g))) % lcm
    lowest = max(start_a, start_b)
    if t < lowest:
        t += (lowest - t + lcm - 1) // lcm * lcm
    return t
