# mistake: reads "**" as two "*" tokens
def formula_tokens(formula):
    tokens, i = [], 0
    while i < len(formula):
        ch, j = formula[i], i + 1
        if ch == " ":
            i = j
            continue
        after_op = not tokens or tokens[-1] in ("+", "-", "*", "/", "(")
        if ch.isdigit() or (ch == "-" and formula[j:j + 1].isdigit() and after_op):
            while j < len(formula) and (formula[j].isdigit() or formula[j] == "."):
                j += 1
        elif ch.isalpha() or ch == "_":
            while j < len(formula) and (formula[j].isalnum() or formula[j] == "_"):
                j += 1
        tokens.append(formula[i:j])
        i = j
    return tokens
