# mistake: reads "x|y" as x directly followed by y, ignoring the other order
from itertools import permutations
from typing import List
def possible_codes(symbols: str, clues: List[str]) -> List[str]:
    result = []
    for p in permutations(sorted(symbols)):
        code = "".join(p)
        if all(
            code.index(c[0]) < code.index(c[2]) if c[1] == "<" else code.index(c[2]) == code.index(c[0]) + 1
            for c in clues
        ):
            result.append(code)
    return result
