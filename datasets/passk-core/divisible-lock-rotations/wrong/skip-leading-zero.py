# mistake: leaves out displays that start with 0, as if they were not valid numbers
def divisible_rotations(n: int, k: int) -> int:
    digits = str(n)
    displays = {digits[t:] + digits[:t] for t in range(len(digits))}
    return sum(1 for d in displays if d[0] != "0" and int(d) % k == 0)
