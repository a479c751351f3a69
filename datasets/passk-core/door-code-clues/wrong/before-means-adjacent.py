# mistake: reads "x<y" as x immediately before y instead of anywhere before
from itertools import permutations
from typing import List
def possible_codes(symbols: str, clues: List[str]) -> List[str]:
    result = []
    for p in permutations(sorted(symbols)):
        code = "".join(p)
        ok = True
        for clue in clues:
            i, j = code.index(clue[0]), code.index(clue[2])
            if clue[1] == "<" and j != i + 1:
                ok = False
            if clue[1] == "|" and abs(i - j) != 1:
                ok = False
        if ok:
            result.append(code)
    return result
