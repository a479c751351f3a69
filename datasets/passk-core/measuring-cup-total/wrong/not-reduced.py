# mistake: leaves the fraction over marks without reducing it to lowest terms
from typing import List, Tuple
def cup_total(amounts: List[Tuple[int, int]], marks: int) -> Tuple[int, int, int]:
    numerator, denominator = 0, 1
    for top, bottom in amounts:
        numerator, denominator = numerator * bottom + top * denominator, denominator * bottom
    whole, rest = divmod(numerator * marks // denominator, marks)
    return (whole, rest, marks) if rest else (whole, 0, 1)
