# mistake: starts at one turn and stops before the display comes round, missing the last rotation
def divisible_rotations(n: int, k: int) -> int:
    digits = str(n)
    displays = {digits} | {digits[t:] + digits[:t] for t in range(1, len(digits) - 1)}
    return sum(1 for d in displays if int(d) % k == 0)
