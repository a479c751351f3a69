from typing import Tuple
def dice_range(expression: str) -> Tuple[int, int]:
    lo = hi = 0
    term, sign = "", 1
    for ch in expression + "+":
        if ch in "+-":
            if "d" in term:
                n, s = term.split("d")
                a, b = int(n or "1"), int(n or "1") * int(s)
            else:
                a = b = int(term)
            if sign > 0:
                lo, hi = lo + a, hi + b
            else:
                lo, hi = lo - b, hi - a
            term, sign = "", 1 if ch == "+" else -1
        else:
            term += ch
    return lo, hi
