from typing import List, Tuple
def cup_total(amounts: List[Tuple[int, int]], marks: int) -> Tuple[int, int, int]:
    from math import gcd

    numerator, denominator = 0, 1
    for top, bottom in amounts:
        numerator, denominator = numerator * bottom + top * denominator, denominator * bottom
    steps = numerator * marks // denominator
    whole, rest = divmod(steps, marks)
    common = gcd(rest, marks)
    return (whole, rest // common, marks // common)
