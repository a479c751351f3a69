def divisible_rotations(n: int, k: int) -> int:
    digits = str(n)
    displays = {digits[turns:] + digits[:turns] for turns in range(len(digits))}
    return sum(1 for display in displays if int(display) % k == 0)
