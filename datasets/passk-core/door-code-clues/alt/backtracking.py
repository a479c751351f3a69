from typing import List
def possible_codes(symbols: str, clues: List[str]) -> List[str]:
    results = []

    def allowed(code: str) -> bool:
        for x, rule, y in clues:
            if rule == "<" and y in code and x not in code:
                return False
            if rule == "|" and x in code and y in code and abs(code.index(x) - code.index(y)) != 1:
                return False
            if rule == "|" and len(code) >= 2 and (code[-2] == x and y not in code or code[-2] == y and x not in code):
                return False
        return True

    def extend(code: str, left: str) -> None:
        if not left:
            results.append(code)
            return
        for i, ch in enumerate(left):
            if allowed(code + ch):
                extend(code + ch, left[:i] + left[i + 1 :])

    extend("", "".join(sorted(symbols)))
    return results
