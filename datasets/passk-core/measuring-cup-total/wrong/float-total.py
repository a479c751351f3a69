# mistake: adds the amounts as floats, so a total landing exactly on a mark can fall just below it
from math import floor, gcd
from typing import List, Tuple
def cup_total(amounts: List[Tuple[int, int]], marks: int) -> Tuple[int, int, int]:
    total = sum(top / bottom for top, bottom in amounts)
    steps = floor(total * marks)
    whole, rest = divmod(steps, marks)
    common = gcd(rest, marks)
    return (whole, rest // common, marks // common)
