from fractions import Fraction
from math import floor
from typing import List, Tuple
def cup_total(amounts: List[Tuple[int, int]], marks: int) -> Tuple[int, int, int]:
    total = sum((Fraction(top, bottom) for top, bottom in amounts), Fraction(0))
    rounded = Fraction(floor(total * marks), marks)
    whole = floor(rounded)
    part = rounded - whole
    return (whole, part.numerator, part.denominator)
