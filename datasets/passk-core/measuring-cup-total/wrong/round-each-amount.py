# mistake: rounds every amount down to a mark before adding them up
from math import gcd
from typing import List, Tuple
def cup_total(amounts: List[Tuple[int, int]], marks: int) -> Tuple[int, int, int]:
    steps = sum(top * marks // bottom for top, bottom in amounts)
    whole, rest = divmod(steps, marks)
    common = gcd(rest, marks)
    return (whole, rest // common, marks // common)
