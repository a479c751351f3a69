# mistake: gives up after m - 2 presses, one short of the longest possible cycle of m - 1
def presses_to_return(a: int, m: int) -> int:
    value = 1
    for presses in range(1, m - 1):
        value = value * a % m
        if value == 1:
            return presses
    return -1
