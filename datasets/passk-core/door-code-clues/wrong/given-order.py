# mistake: lists the codes in the order permutations of the given symbols produce, not alphabetically
from itertools import permutations
from typing import List
def possible_codes(symbols: str, clues: List[str]) -> List[str]:
    def fits(code, clue):
        i, j = code.index(clue[0]), code.index(clue[2])
        return i < j if clue[1] == "<" else abs(i - j) == 1
    codes = ("".join(p) for p in permutations(symbols))
    return [code for code in codes if all(fits(code, clue) for clue in clues)]
