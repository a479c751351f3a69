# mistake: counts every turn, so a display reached by several turns is counted several times
def divisible_rotations(n: int, k: int) -> int:
    digits = str(n)
    return sum(1 for t in range(len(digits)) if int(digits[t:] + digits[:t]) % k == 0)
