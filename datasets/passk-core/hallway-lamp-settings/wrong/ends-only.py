# mistake: applies only the rule for the end lamps and forgets that neighbours may not both be bright
def lamp_settings(n: int) -> int:
    if n == 0:
        return 1
    if n == 1:
        return 2
    return 4 * 3 ** (n - 2)
