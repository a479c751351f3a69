# mistake: a hand-written permutation helper that yields nothing for empty symbols, so the empty code is lost
from typing import List
def possible_codes(symbols: str, clues: List[str]) -> List[str]:
    def orders(s):
        if len(s) == 1:
            return [s]
        return [c + rest for i, c in enumerate(s) for rest in orders(s[:i] + s[i + 1 :])]
    def fits(code, clue):
        i, j = code.index(clue[0]), code.index(clue[2])
        return i < j if clue[1] == "<" else abs(i - j) == 1
    return [code for code in orders("".join(sorted(symbols))) if all(fits(code, clue) for clue in clues)]
