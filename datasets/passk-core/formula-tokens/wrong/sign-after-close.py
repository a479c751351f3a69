# mistake: a "-" after ")" is also taken as a sign
def formula_tokens(formula):
    tokens, i = [], 0
    while i < len(formula):
        ch, j = formula[i], i + 1
        if ch == " ":
            i = j
            continue
        after_op = not tokens or not (tokens[-1][-1].isalnum() or tokens[-1][-1] == "_")
        if ch.isdigit() or (ch == "-" and formula[j:j + 1].isdigit() and after_op):
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
