from typing import List
def possible_codes(symbols: str, clues: List[str]) -> List[str]:
    from itertools import permutations

    def fits(code: str, clue: str) -> bool:
        first, second = code.index(clue[0]), code.index(clue[2])
        if clue[1] == "<":
            return first < second
        return abs(first - second) == 1

    codes = ("".join(p) for p in permutations(sorted(symbols)))
    return [code for code in codes if all(fits(code, clue) for clue in clues)]
