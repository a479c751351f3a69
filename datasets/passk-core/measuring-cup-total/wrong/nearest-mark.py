# mistake: rounds the total to the nearest mark instead of down
from typing import List, Tuple
from fractions import Fraction
def cup_total(amounts: List[Tuple[int, int]], marks: int) -> Tuple[int, int, int]:
    total = sum((Fraction(top, bottom) for top, bottom in amounts), Fraction(0))
    steps = round(total * marks)
    rounded = Fraction(steps, marks)
    whole = rounded.numerator // rounded.denominator
    rest = rounded - whole
    return (whole, rest.numerator, rest.denominator)
