def divisible_rotations(n: int, k: int) -> int:
    length = len(str(n))
    power = 10 ** (length - 1)
    seen = set()
    value = n
    for _ in range(length):
        seen.add(value)
        first, rest = divmod(value, power)
        value = rest * 10 + first
    return len([v for v in seen if v % k == 0])
