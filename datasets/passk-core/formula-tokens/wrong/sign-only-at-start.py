# mistake: joins "-" to a number only at the very start of the formula
def formula_tokens(formula):
    tokens, i = [], 0
    while i < len(formula):
        ch, j = formula[i], i + 1
        if ch == " ":
            i = j
            continue
        if ch.isdigit() or (ch == "-" and formula[j:j + 1].isdigit() and not tokens):
            while j < len(formula) and (formula[j].isdigit() or formula[j] == "."):
                j += 1
        elif ch.isalpha() or ch == "_":
            while j < len(formula) and (formula[j].isalnum() or formula[j] == "_"):
                j += 1
        elif formula[i:i + 2] == "**":
            j = i + 2
        tokens.append(formula[i:j])
        i = j
    return tokens
