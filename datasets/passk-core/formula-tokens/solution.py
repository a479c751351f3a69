from typing import List
def formula_tokens(formula: str) -> List[str]:
    tokens = []
    i = 0
    while i < len(formula):
        ch = formula[i]
        j = i + 1
        follows_operator = not tokens or tokens[-1] in ("+", "-", "*", "/", "**", "(")
        if ch == " ":
            i = j
            continue
        if ch.isdigit() or (ch == "-" and formula[j : j + 1].isdigit() and follows_operator):
            while j < len(formula) and (formula[j].isdigit() or formula[j] == "."):
                j += 1
        elif ch.isalpha() or ch == "_":
            while j < len(formula) and (formula[j].isalnum() or formula[j] == "_"):
                j += 1
        elif formula[i : i + 2] == "**":
            j = i + 2
        tokens.append(formula[i:j])
        i = j
    return tokens
